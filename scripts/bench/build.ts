/**
 * Full build timing (`npm run build`: parse + astro + search index) and what it produced, measured
 * the way the Starlight baseline was (notes: `npm run build` timed as a whole process): one clean
 * build with Astro's and Vite's caches removed, then rebuilds with the caches kept.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, totalSize } from './files.ts';
import { type Summary, summarize } from './stats.ts';

export interface BuildFigures {
	/** Wall time of a clean `npm run build`, or null when the bench reused an existing dist/. */
	cleanMs: number | null;
	/** Wall times of the rebuilds that followed (caches kept), or null with --reuse-dist. */
	rebuild: Summary | null;
	pages: number;
	distBytes: number;
	pagefindBytes: number;
	/** Astro's CSS and JS bundles. */
	assetBytes: number;
	/** The last build's closing lines, for the log. */
	tail?: string;
}

/** What a clean build starts without: Astro's content store and generated types, Vite's cache. */
const CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite'];

/** Runs `npm run build` into `dist`; returns its wall time and closing lines. */
function timedBuild(root: string, dist: string): { ms: number; tail: string } {
	const started = performance.now();
	// npm appends the arguments after `--` to the script's last command, `astro build`.
	const result = spawnSync('npm', ['run', 'build', '--', '--outDir', dist], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
	const ms = performance.now() - started;
	if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
	return { ms, tail: result.stdout.trim().split('\n').slice(-3).join('\n') };
}

/**
 * Builds into `dist` (unless `reuse`) and measures what is there.
 * @param root project root
 * @param dist output folder: the bench builds into a folder of its own, so a teammate's build of
 *   dist/ in the same working tree cannot collide with it
 * @param reuse measure `dist` as it is, without building
 * @param rebuilds how many rebuilds to time after the clean build
 */
export function benchBuild(root: string, dist: string, reuse: boolean, rebuilds = 3): BuildFigures {
	let cleanMs: number | null = null;
	let rebuild: Summary | null = null;
	let tail: string | undefined;
	if (!reuse) {
		for (const cache of CACHES) rmSync(join(root, cache), { recursive: true, force: true });
		cleanMs = timedBuild(root, dist).ms;
		const times: number[] = [];
		for (let run = 0; run < rebuilds; run++) {
			const built = timedBuild(root, dist);
			times.push(built.ms);
			tail = built.tail;
		}
		rebuild = summarize(times);
	}
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no site: run without --reuse-dist`);
	const files = listFiles(dist);
	return {
		cleanMs,
		rebuild,
		pages: files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).length,
		distBytes: totalSize(dist, files),
		pagefindBytes: totalSize(dist, files.filter((file) => file.startsWith('pagefind/'))),
		assetBytes: totalSize(dist, files.filter((file) => file.startsWith('_astro/'))),
		...(tail === undefined ? {} : { tail }),
	};
}
