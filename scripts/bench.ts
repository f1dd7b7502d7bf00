/**
 * `npm run bench`: the project's figures, printed as a table and saved to bench-results/latest.json.
 * It measures and never asserts (tests hold no timings). Each part skips itself, saying why, when
 * what it measures does not exist yet.
 *
 *   npm run bench                       parse, build, Starlight baseline, page weight, charts, search
 *   npm run bench -- --reuse-dist       measure the existing dist/ instead of building (the
 *                                       Starlight baseline is still built: --no-starlight skips it)
 *   npm run bench -- --no-starlight     compare the build with the notes' Starlight figures instead
 *                                       of building stock Starlight in this session
 *   npm run bench -- --runs 5           parse runs (default 5)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { allNodes, loadBook, representativePages } from '../tests/e2e/support/page-types.ts';
import { type BuildFigures, benchBuild } from './bench/build.ts';
import type { ChartFigures } from './bench/charts.ts';
import { launchChromium } from './bench/chromium.ts';
import { measureAll, measurePage, type PageWeight } from './bench/page-weight.ts';
import type { ParseFigures } from './bench/parse.ts';
import { benchSearch, type SearchFigures } from './bench/search.ts';
import type { StarlightResult } from './bench/starlight-baseline.ts';
import { formatBytes, formatMs, formatSummary, formatTable, median, type Row } from './bench/stats.ts';
import { startServer } from './serve.ts';

const ROOT = join(import.meta.dirname, '..');
/**
 * The bench builds into (or, with --reuse-dist, copies dist/ into) a folder of its own, so a
 * teammate's build rewriting dist/ halfway through cannot skew or break it.
 */
const DIST = mkdtempSync(join(tmpdir(), 'bench-dist-'));
/**
 * Stock Starlight on this book, as measured in the team notes (baseline-starlight.md §2: rebuild and
 * clean medians), for comparison. The build times are only the fallback when the same-session
 * baseline (bench/starlight-baseline.ts) could not be built: this machine's speed varies by ±15 %
 * between sessions.
 */
const STARLIGHT = { buildMs: 4720, cleanBuildMs: 5380, pages: 214, chapterAtLoad: 33 * 1024, chapterAfterIdle: 60 * 1024 };

/** Runs a bench script in its own Node process and reads the JSON it prints. */
function runChild<T>(script: string, args: string[] = []): T {
	const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench', script), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 << 20 });
	if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
	return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as T;
}

function hasChart(path: string): boolean {
	try {
		return readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('data-chart=');
	} catch {
		return false;
	}
}

interface WeightFigures {
	chapters: { count: number; medianAtLoad: number; medianAfterIdle: number; largestAtLoad: PageWeight; largestAfterIdle: PageWeight };
	pageTypes: Array<{ kind: string; path: string; jsAtLoad: number; jsAfterIdle: number; pageAtLoad: number; pageAfterIdle: number }>;
	echarts: { chartPage: string | null; bytes: number; pagesWithoutChartsLoadingEcharts: string[]; pagesWithoutCharts: number };
}

async function benchWeights(baseUrl: string, browser: Awaited<ReturnType<typeof launchChromium>>): Promise<WeightFigures> {
	const measure = (path: string, scroll = false): Promise<PageWeight> => measurePage(browser, baseUrl, path, { dist: DIST, scroll });
	const chapterPaths = [...new Set(allNodes(loadBook()).filter((node) => node.kind !== 'group').map((node) => node.url.replace(/#.*$/, '')))];
	const chapters = await measureAll(chapterPaths, (path) => measure(path));
	const byAtLoad = [...chapters].sort((a, b) => b.atLoad.page - a.atLoad.page);
	const byIdle = [...chapters].sort((a, b) => b.afterIdle.page - a.afterIdle.page);

	const types = Object.entries(representativePages(DIST)).filter((entry): entry is [string, string] => entry[1] !== null);
	const typeWeights = await measureAll(types.map(([, path]) => path), (path) => measure(path, true));

	const chartPage = chapterPaths.find((path) => path.startsWith('/statistics/') && hasChart(path)) ?? chapterPaths.find(hasChart) ?? null;
	const chartWeight = chartPage ? await measure(chartPage, true) : null;
	const withoutCharts = chapters.filter((weight) => !hasChart(weight.path));
	return {
		chapters: {
			count: chapters.length,
			medianAtLoad: median(chapters.map((w) => w.atLoad.page)),
			medianAfterIdle: median(chapters.map((w) => w.afterIdle.page)),
			largestAtLoad: byAtLoad[0] as PageWeight,
			largestAfterIdle: byIdle[0] as PageWeight,
		},
		pageTypes: types.map(([kind, path], index) => {
			const weight = typeWeights[index] as PageWeight;
			return { kind, path, jsAtLoad: weight.atLoad.js, jsAfterIdle: weight.afterIdle.js, pageAtLoad: weight.atLoad.page, pageAfterIdle: weight.afterIdle.page };
		}),
		echarts: {
			chartPage,
			bytes: chartWeight?.echartsBytes ?? 0,
			pagesWithoutCharts: withoutCharts.length,
			pagesWithoutChartsLoadingEcharts: withoutCharts.filter((w) => w.echartsBytes > 0).map((w) => w.path),
		},
	};
}

/** Builds stock Starlight on the book in a child process; any failure, even a crash, becomes the reason it is missing. */
function measureStarlight(): StarlightResult {
	let result: StarlightResult;
	try {
		result = runChild<StarlightResult>('starlight-baseline.ts');
	} catch (error) {
		result = { skipped: error instanceof Error ? error.message : String(error) };
	}
	if ('skipped' in result) console.error(`bench: Starlight baseline not built, comparing with the notes' figures instead:\n${result.skipped}`);
	return result;
}

function rows(parse: ParseFigures, build: BuildFigures, starlight: StarlightResult, charts: ChartFigures, weights: WeightFigures, search: SearchFigures): Row[] {
	const out: Row[] = [];
	const add = (section: string, name: string, value: string, target?: string): void => void out.push({ section, name, value, target });
	if (parse.skipped) add('Parse (whole book, in-process)', 'skipped', parse.skipped);
	else {
		add('Parse (whole book, in-process)', 'source lines', String(parse.sourceLines));
		add('Parse (whole book, in-process)', 'first run (cold)', formatMs(parse.coldMs ?? 0));
		if (parse.parse) add('Parse (whole book, in-process)', 'parseYearbook()', formatSummary(parse.parse));
		if (parse.parseAndWrite) add('Parse (whole book, in-process)', 'parse + validate + write', formatSummary(parse.parseAndWrite), '< 500 ms');
		add('Parse (whole book, in-process)', 'peak memory (RSS)', `${(parse.peakRssMb ?? 0).toFixed(0)} MB`);
	}
	const buildSection = 'Build (npm run build: parse + astro + search index)';
	// Per page, since the two sites do not build the same number of pages; to a tenth of a
	// millisecond, since the two figures are close.
	const msPerPage = (ms: number, pages: number): string => `${(ms / pages).toFixed(1)} ms per page`;
	const perPage = (ms: number, pages: number): string => `${formatMs(ms)} (${msPerPage(ms, pages)})`;
	const sameSession = !('skipped' in starlight);
	const reference = sameSession
		? { cleanMs: starlight.cleanMs, rebuildMs: starlight.rebuild.median, pages: starlight.pages, note: 'same session' }
		: { cleanMs: STARLIGHT.cleanBuildMs, rebuildMs: STARLIGHT.buildMs, pages: STARLIGHT.pages, note: "notes' figure, another session" };
	const target = (ms: number): string => `≤ Starlight ${msPerPage(ms, reference.pages)} (${reference.note})`;
	if (build.cleanMs === null || build.rebuild === null) add(buildSection, 'wall time', 'not built (--reuse-dist)');
	else {
		add(buildSection, 'clean (caches removed)', perPage(build.cleanMs, build.pages), target(reference.cleanMs));
		add(buildSection, `rebuild, caches kept (median of ${build.rebuild.runs})`, perPage(build.rebuild.median, build.pages), target(reference.rebuildMs));
		add(buildSection, 'rebuild spread', `${formatMs(build.rebuild.min)} – ${formatMs(build.rebuild.max)}`);
	}
	if (sameSession) {
		add(buildSection, 'Starlight, same session: clean', perPage(starlight.cleanMs, starlight.pages));
		add(buildSection, `Starlight, same session: rebuild (median of ${starlight.rebuild.runs})`, perPage(starlight.rebuild.median, starlight.pages));
		add(buildSection, 'Starlight, same session: rebuild spread', `${formatMs(starlight.rebuild.min)} – ${formatMs(starlight.rebuild.max)}`);
	} else add(buildSection, 'Starlight, same session', `not built: ${starlight.skipped.split('\n')[0]}`);
	add(buildSection, 'pages', String(build.pages), `Starlight ${reference.pages}`);
	add(buildSection, 'dist/ size', formatBytes(build.distBytes));
	add(buildSection, 'of which pagefind/', formatBytes(build.pagefindBytes));
	add(buildSection, 'of which _astro/ (CSS+JS)', formatBytes(build.assetBytes));

	const c = weights.chapters;
	const section = `Chapter pages (${c.count}, HTML+CSS+JS gzip)`;
	add(section, 'median at load', formatBytes(c.medianAtLoad), `≤ 16 KB (Starlight ${formatBytes(STARLIGHT.chapterAtLoad)})`);
	add(section, 'median after idle', formatBytes(c.medianAfterIdle), `≤ 20 KB (Starlight ${formatBytes(STARLIGHT.chapterAfterIdle)})`);
	add(section, 'largest at load', `${formatBytes(c.largestAtLoad.atLoad.page)} ${c.largestAtLoad.path}`);
	add(section, 'largest after idle', `${formatBytes(c.largestAfterIdle.afterIdle.page)} ${c.largestAfterIdle.path}`);
	for (const type of weights.pageTypes) {
		add('JS per page type (gzip: at load / after idle and scrolled)', `${type.kind} ${type.path}`, `${formatBytes(type.jsAtLoad)} / ${formatBytes(type.jsAfterIdle)}`);
	}
	const e = weights.echarts;
	add('Charts', 'ECharts JS on a chart page (gzip)', e.chartPage ? `${formatBytes(e.bytes)} ${e.chartPage}` : 'no chart page', '≤ 180 KB');
	add('Charts', 'pages without charts loading ECharts', `${e.pagesWithoutChartsLoadingEcharts.length} of ${e.pagesWithoutCharts}`, '0');
	if (charts.skipped) add('Charts', 'SVG rendering', `skipped: ${charts.skipped}`);
	else {
		add('Charts', 'SVG rendering of all charts', `${formatMs(charts.renderMs ?? 0)} for ${charts.charts} charts (wide + narrow)`, '≤ 5 s');
		add('Charts', 'ECharts import + reading specs', `${formatMs(charts.importMs ?? 0)} + ${formatMs(charts.readMs ?? 0)}`);
	}
	add('Search', 'index size (pagefind/)', formatBytes(build.pagefindBytes));
	if (search.searchPageBytes !== undefined) add('Search', '/search/ page load (all types)', formatBytes(search.searchPageBytes));
	if (search.firstQueryBytes !== undefined) add('Search', 'bytes fetched by a first query', formatBytes(search.firstQueryBytes));
	if (search.firstQueryWithBootstrapBytes !== undefined) {
		add('Search', 'first query + Pagefind bootstrap', formatBytes(search.firstQueryWithBootstrapBytes), '≤ 150 KB (Starlight 225 KB)');
	}
	if (search.dialogFirstQuery) {
		const d = search.dialogFirstQuery;
		add('Search', `dialog opened + first query (${d.runs} queries, cold)`, `median ${formatBytes(d.median)}, worst ${formatBytes(d.max)} (${d.worst}); ${d.over150KB} over 150 KB`, '≤ 150 KB');
	}
	if (search.firstQueryMs !== undefined) add('Search', 'first query (index loading)', formatMs(search.firstQueryMs));
	if (search.ui) add('Search', `query time, site UI (${search.queries} queries)`, `median ${formatMs(search.ui.median)}, worst ${formatMs(search.ui.max)}`, '≤ 1.5× plain Pagefind');
	if (search.plainPagefind) add('Search', 'query time, plain Pagefind', `median ${formatMs(search.plainPagefind.median)}, worst ${formatMs(search.plainPagefind.max)}`);
	if (search.recallTop3 !== undefined) add('Search', 'query set: expected page in top 3', `${(search.recallTop3 * 100).toFixed(0)} %`);
	if (search.skipped) add('Search', 'note', search.skipped);
	return out;
}

/** Builds and measures the site in DIST; returns the figures of every part. */
async function measureEverything(reuseDist: boolean, runs: string, withStarlight: boolean) {
	console.error('bench: parse …');
	const parse = runChild<ParseFigures>('parse.ts', [runs]);
	console.error(reuseDist ? 'bench: measuring dist/ …' : 'bench: npm run build …');
	if (reuseDist) cpSync(join(ROOT, 'dist'), DIST, { recursive: true });
	const build = benchBuild(ROOT, DIST, reuseDist);
	// After our build, never beside it: two builds at once on two cores would slow each other down.
	console.error(withStarlight ? 'bench: stock Starlight, same session (npm install on the first run) …' : 'bench: Starlight baseline skipped (--no-starlight)');
	const starlight: StarlightResult = withStarlight ? measureStarlight() : { skipped: '--no-starlight' };
	console.error('bench: charts …');
	const charts = runChild<ChartFigures>('charts.ts');

	const server = await startServer({ root: DIST, port: 0 });
	const browser = await launchChromium();
	try {
		console.error('bench: page weights in Chromium …');
		const weights = await benchWeights(server.url, browser);
		console.error('bench: search …');
		const search: SearchFigures = await benchSearch(browser, server.url).catch((error: unknown) => ({ skipped: String(error) }));
		return { parse, build, starlight, charts, weights, search };
	} finally {
		await browser.close();
		await server.close();
	}
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: { 'reuse-dist': { type: 'boolean', default: false }, 'no-starlight': { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } },
	});
	let figures: Awaited<ReturnType<typeof measureEverything>>;
	try {
		figures = await measureEverything(values['reuse-dist'], values.runs, !values['no-starlight']);
	} finally {
		rmSync(DIST, { recursive: true, force: true });
	}
	const { parse, build, starlight, charts, weights, search } = figures;
	const table = rows(parse, build, starlight, charts, weights, search);
	console.log(formatTable(table));
	const results = { date: new Date().toISOString(), node: process.version, cores: availableParallelism(), ...figures, table };
	mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
	writeFileSync(join(ROOT, 'bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
	console.log('\nbench-results/latest.json written');
}

await main();
