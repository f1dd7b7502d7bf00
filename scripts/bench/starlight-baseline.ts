/**
 * Stock Starlight on this book, built on this machine in this session. The machine's speed varies by
 * about ±15 % between sessions, so the issue's target (build time per page no worse than stock
 * Starlight's) is judged against this rather than against the figures in the team notes. The
 * project is the notes' (starlight-baseline/template.ts), its content the book as the notes made it
 * (starlight-baseline/content.ts), and it is timed like ours (build.ts: timeBuilds). Runs in its own
 * process; prints one JSON object: the figures, or `{ skipped }` with the reason it could not build.
 *
 *   node scripts/bench/starlight-baseline.ts
 *
 * The installed template is kept in node_modules/.cache/starlight-baseline/<hash of package.json>,
 * so only the first run (or a change of versions) runs `npm install`. Each run builds a fresh copy
 * of it in the temp folder, so the cached install stays as npm left it and two benches at once
 * never write into the same project.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadBook } from '../../tests/e2e/support/page-types.ts';
import { countPages, timeBuilds } from './build.ts';
import { listFiles } from './files.ts';
import type { Summary } from './stats.ts';
import { type DocFile, starlightDocs } from './starlight-baseline/content.ts';
import { PACKAGE_JSON, TEMPLATE_FILES } from './starlight-baseline/template.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export interface StarlightFigures {
	/** Wall time of `npm run build` after `rm -rf dist .astro node_modules/.astro node_modules/.vite`. */
	cleanMs: number;
	/** Wall times of the rebuilds that followed, caches kept. */
	rebuild: Summary;
	/** HTML files in its dist/, Pagefind's left out. */
	pages: number;
	/** The Markdown it was built from (the notes: 213 files, 2.41 MB). */
	markdown: { files: number; bytes: number };
	/** Whether this run had to `npm install` the template. */
	installed: boolean;
}

/** The figures, or why there are none (no content/ yet, no registry, a failed build …). */
export type StarlightResult = StarlightFigures | { skipped: string };

/**
 * The template with its node_modules, installed once per package.json. It is installed in a
 * staging folder and renamed into place, so a failed or interrupted install is never taken for a
 * cached one.
 * @returns the cached install's folder and whether this call installed it
 */
function cachedInstall(): { dir: string; installed: boolean } {
	const key = createHash('sha256').update(PACKAGE_JSON).digest('hex').slice(0, 16);
	const dir = join(ROOT, 'node_modules', '.cache', 'starlight-baseline', key);
	if (existsSync(dir)) return { dir, installed: false };
	mkdirSync(dirname(dir), { recursive: true });
	const staging = mkdtempSync(`${dir}.installing-`);
	try {
		writeFileSync(join(staging, 'package.json'), PACKAGE_JSON);
		const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: staging, encoding: 'utf8', maxBuffer: 64 << 20 });
		if (result.status !== 0) {
			// npm names the cause first (`npm error code ECONNREFUSED`), after any warnings; then comes its stack.
			const cause = result.stderr.split('\n').filter((line) => line.startsWith('npm error')).slice(0, 6);
			throw new Error(`npm install of the Starlight template failed: ${cause.join('\n') || `exit status ${result.status}`}`);
		}
		// Another bench may have finished the same install meanwhile: then its copy is kept.
		if (!existsSync(dir)) renameSync(staging, dir);
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
	return { dir, installed: true };
}

/**
 * A fresh project in the temp folder: the cached install, hard-linked (instant, and the build only
 * adds files), plus the template's files and the book.
 */
function makeProject(install: string, docs: readonly DocFile[]): string {
	const project = mkdtempSync(join(tmpdir(), 'starlight-baseline-'));
	const linked = spawnSync('cp', ['-al', join(install, 'node_modules'), join(project, 'node_modules')]);
	// A temp folder on another file system cannot take hard links: copy instead, over no half-made links.
	if (linked.status !== 0) {
		rmSync(join(project, 'node_modules'), { recursive: true, force: true });
		cpSync(join(install, 'node_modules'), join(project, 'node_modules'), { recursive: true, verbatimSymlinks: true });
	}
	const files: Record<string, string> = { ...TEMPLATE_FILES, 'package.json': PACKAGE_JSON, 'package-lock.json': readFileSync(join(install, 'package-lock.json'), 'utf8') };
	for (const doc of docs) files[`src/content/docs/${doc.path}`] = doc.text;
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(project, path)), { recursive: true });
		writeFileSync(join(project, path), text);
	}
	return project;
}

/**
 * Builds stock Starlight on the book from content/ (run `npm run parse` first) and times it.
 * @param rebuilds how many rebuilds to time after the clean build, as for ours
 */
export function benchStarlight(rebuilds = 3): StarlightFigures {
	const source = readFileSync(join(ROOT, 'content', 'source', 'zgxxh-2017.txt'), 'utf8').split('\n');
	const docs = starlightDocs(loadBook(), source);
	const { dir, installed } = cachedInstall();
	const project = makeProject(dir, docs);
	try {
		// The notes' clean build: `rm -rf dist .astro node_modules/.astro node_modules/.vite` first.
		const { cleanMs, rebuild } = timeBuilds(project, [], rebuilds, ['dist']);
		return {
			cleanMs,
			rebuild,
			pages: countPages(listFiles(join(project, 'dist'))),
			markdown: { files: docs.length, bytes: docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0) },
			installed,
		};
	} finally {
		rmSync(project, { recursive: true, force: true });
	}
}

if (import.meta.main) {
	let result: StarlightResult;
	try {
		result = benchStarlight();
	} catch (error) {
		result = { skipped: error instanceof Error ? error.message : String(error) };
	}
	console.log(JSON.stringify(result));
}
