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

/** Runs `npm run build` in `root` with `args`; returns its wall time and closing lines. */
function timedBuild(root: string, args: readonly string[]): { ms: number; tail: string } {
	const started = performance.now();
	const result = spawnSync('npm', ['run', 'build', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
	const ms = performance.now() - started;
	if (result.status !== 0) throw new Error(`npm run build failed in ${root}:\n${result.stdout}\n${result.stderr}`);
	return { ms, tail: result.stdout.trim().split('\n').slice(-3).join('\n') };
}

/** Wall times of one clean build and the rebuilds after it. */
export interface BuildTimes {
	cleanMs: number;
	rebuild: Summary;
	/** The last build's closing lines, for the log. */
	tail: string;
}

/**
 * Times `npm run build` as a whole process, as the Starlight baseline was timed: once after
 * removing Astro's and Vite's caches, then `rebuilds` times with the caches kept. Shared by our
 * build and the same-session Starlight baseline (starlight-baseline.ts), so both are timed alike.
 * @param root the project to build
 * @param args appended to `npm run build`
 * @param rebuilds how many rebuilds to time after the clean build
 * @param alsoRemove more paths under `root` to remove before the clean build (e.g. `dist`)
 */
export function timeBuilds(root: string, args: readonly string[], rebuilds: number, alsoRemove: readonly string[] = []): BuildTimes {
	for (const path of [...CACHES, ...alsoRemove]) rmSync(join(root, path), { recursive: true, force: true });
	const cleanMs = timedBuild(root, args).ms;
	const times: number[] = [];
	let tail = '';
	for (let run = 0; run < rebuilds; run++) {
		const built = timedBuild(root, args);
		times.push(built.ms);
		tail = built.tail;
	}
	return { cleanMs, rebuild: summarize(times), tail };
}

/**
 * Pages of a built site: its HTML files outside Pagefind's folder.
 * @param files paths relative to the site's root, from listFiles()
 */
export function countPages(files: readonly string[]): number {
	return files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).length;
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
	// npm appends the arguments after `--` to the script's last command, `astro build`.
	const times = reuse ? null : timeBuilds(root, ['--', '--outDir', dist], rebuilds);
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no site: run without --reuse-dist`);
	const files = listFiles(dist);
	return {
		cleanMs: times?.cleanMs ?? null,
		rebuild: times?.rebuild ?? null,
		pages: countPages(files),
		distBytes: totalSize(dist, files),
		pagefindBytes: totalSize(dist, files.filter((file) => file.startsWith('pagefind/'))),
		assetBytes: totalSize(dist, files.filter((file) => file.startsWith('_astro/'))),
		...(times ? { tail: times.tail } : {}),
	};
}
