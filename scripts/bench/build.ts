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
 * Runs `npm run build` (unless `reuse`) and measures dist/.
 * @param root project root
 * @param reuse measure the existing dist/ without building
 */
export function benchBuild(root: string, reuse: boolean): BuildFigures {
	let buildMs: number | null = null;
	let tail: string | undefined;
	if (!reuse) {
		const started = performance.now();
		const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
		buildMs = performance.now() - started;
		if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
		tail = result.stdout.trim().split('\n').slice(-3).join('\n');
	}
	const dist = join(root, 'dist');
	if (!existsSync(dist)) throw new Error('dist/ is missing: run without --reuse-dist');
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
