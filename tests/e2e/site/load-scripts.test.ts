/**
 * What every page runs as it loads (its module scripts and their static imports): nothing of Vite's
 * preload helper, which would cost every page ~1 KB gzip before the reader asked for anything.
 * The code loaded later (the search dialog, the highlighter, ECharts) is imported by the URL of
 * a hashed chunk of dist/ that shares its code with the /search/ page.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ensureSiteBuilt } from '../support/build-site.ts';
import { listPages, readPage, resolveReference, urlOfFile } from '../support/dist-files.ts';
import { readHtmlFacts } from '../support/html-facts.ts';
import { loadTimeScripts } from '../support/load-scripts.ts';
import { DIST } from '../support/paths.ts';
import { assertNoProblems, type Problem } from '../support/report.ts';
import { snapshotDist } from '../support/snapshot.ts';

/** Traces of Vite's preload wrapper that survive minification: its dependency map, its chunk, its error text. */
const PRELOAD_HELPER = /__vitePreload|__vite__mapDeps|preload-helper|Unable to preload CSS/;
/** A URL of a content-hashed chunk written into a script, e.g. `/_astro/search-dialog.DHn1Z4Hy.js`. */
const CHUNK_URL = /\/_astro\/[\w.-]+\.[\w-]{8}\.js/g;

let site: Awaited<ReturnType<typeof snapshotDist>>;
/** Load-time scripts of every page: page URL → script path → code. */
let loaded: Map<string, Map<string, string>>;
const missing: Problem[] = [];

function read(path: string): string | null {
	const file = join(site.root, path);
	return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** The load-time script that carries a marker, or a failure naming what was looked for. */
function scriptContaining(scripts: Map<string, string>, marker: string): string {
	const code = [...scripts.values()].find((text) => text.includes(marker));
	assert.ok(code, `no load-time script contains ${marker}`);
	return code;
}

/** The single chunk of dist/ with this name that a script imports by URL; it must exist. */
function chunkUrl(code: string, name: string): string {
	const urls = [...code.matchAll(CHUNK_URL)].map((match) => match[0]).filter((url) => url.startsWith(`/_astro/${name}.`));
	assert.equal(urls.length, 1, `expected one /_astro/${name}.<hash>.js, found ${urls.join(', ') || 'none'}`);
	const url = urls[0] as string;
	assert.ok(read(url) !== null, `${url} is not in dist/`);
	return url;
}

before(async () => {
	await ensureSiteBuilt();
	site = await snapshotDist(DIST);
	loaded = new Map();
	for (const file of listPages(site.root)) {
		const page = urlOfFile(file);
		const entries = readHtmlFacts(readPage(file, site.root))
			.references.filter((reference) => (reference.tag === 'script' && reference.attribute === 'src') || reference.rel === 'modulepreload')
			.map((reference) => resolveReference(reference.value, page))
			.flatMap((target) => (target.kind === 'internal' ? [target.path] : []));
		const result = loadTimeScripts(entries, read);
		loaded.set(page, result.scripts);
		for (const path of result.missing) missing.push({ page, issue: `loads ${path}, which is not in dist/` });
	}
});
after(() => site?.remove());

test('every script a page loads, and everything it imports, is in dist/', () => {
	assertNoProblems(missing, 'load-time scripts missing from dist/');
});

test("no page loads Vite's preload helper as it loads", () => {
	const problems: Problem[] = [];
	for (const [page, scripts] of loaded) {
		for (const [path, code] of scripts) {
			const trace = PRELOAD_HELPER.exec(code);
			if (trace) problems.push({ page, issue: `${path} contains ${trace[0]}` });
		}
	}
	assertNoProblems(problems, 'load-time scripts with the preload helper');
});

test('every chunk URL written into a load-time script is a file of dist/', () => {
	const problems: Problem[] = [];
	for (const [page, scripts] of loaded) {
		for (const [path, code] of scripts) {
			for (const [url] of code.matchAll(CHUNK_URL)) if (read(url) === null) problems.push({ page, issue: `${path} refers to ${url}, not in dist/` });
		}
	}
	assertNoProblems(problems, 'chunk URLs without their file');
});

test('the search launcher loads the dialog and the highlighter from hashed chunks; the dialog shares the /search/ page code', () => {
	const chapter = loaded.get('/overview/01/');
	const searchPage = loaded.get('/search/');
	assert.ok(chapter && searchPage, 'no /overview/01/ or /search/ page');
	const launcher = scriptContaining(chapter, '[data-search-open]');
	const dialog = chunkUrl(launcher, 'search-dialog');
	chunkUrl(launcher, 'search-highlight');
	assert.ok(!chapter.has(dialog), 'the dialog loads with the page');
	const dialogCode = loadTimeScripts([dialog], read).scripts;
	const shared = [...dialogCode.keys()].filter((path) => searchPage.has(path));
	assert.ok(shared.length > 0, `the dialog (${[...dialogCode.keys()].join(', ')}) shares no chunk with /search/`);
});

test('the chart loader loads ECharts from a hashed chunk, not with the page', () => {
	const chartPage = loaded.get('/statistics/01/');
	assert.ok(chartPage, 'no /statistics/01/ page');
	const echarts = chunkUrl(scriptContaining(chartPage, 'figure.chart'), 'chart-echarts');
	assert.ok(!chartPage.has(echarts), 'ECharts loads with the page');
});
