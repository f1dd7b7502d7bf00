/**
 * Full build timing (`npm run build`: parse + astro + search index) and what it produced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, totalSize } from './files.ts';

export interface BuildFigures {
	/** Wall time of `npm run build`, or null when the bench reused an existing dist/. */
	buildMs: number | null;
	pages: number;
	buildMsPerPage: number | null;
	distBytes: number;
	pagefindBytes: number;
	/** Astro's CSS and JS bundles. */
	assetBytes: number;
	/** The build's last lines, for the log. */
	tail?: string;
}

/**
 * Runs `npm run build` into `dist` (unless `reuse`) and measures what is there.
 * @param root project root
 * @param dist output folder: the bench builds into a folder of its own, so a teammate's build of
 *   dist/ in the same working tree cannot collide with it
 * @param reuse measure `dist` as it is, without building
 */
export function benchBuild(root: string, dist: string, reuse: boolean): BuildFigures {
	let buildMs: number | null = null;
	let tail: string | undefined;
	if (!reuse) {
		const started = performance.now();
		// npm appends the arguments after `--` to the script's last command, `astro build`.
		const result = spawnSync('npm', ['run', 'build', '--', '--outDir', dist], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
		buildMs = performance.now() - started;
		if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
		tail = result.stdout.trim().split('\n').slice(-3).join('\n');
	}
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no site: run without --reuse-dist`);
	const files = listFiles(dist);
	const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).length;
	return {
		buildMs,
		pages,
		buildMsPerPage: buildMs === null ? null : buildMs / pages,
		distBytes: totalSize(dist, files),
		pagefindBytes: totalSize(dist, files.filter((file) => file.startsWith('pagefind/'))),
		assetBytes: totalSize(dist, files.filter((file) => file.startsWith('_astro/'))),
		...(tail === undefined ? {} : { tail }),
	};
}
