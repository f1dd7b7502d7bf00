/**
 * What a reader's browser downloads for one page, measured in Chromium: every finished request
 * with its encoded (gzip, as served by scripts/serve.ts) body size, split into what arrived
 * before the `load` event and what arrived until the page went idle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface Totals {
	html: number;
	css: number;
	js: number;
	other: number;
	/** HTML + CSS + JS: the page's weight as the targets count it. */
	page: number;
}

export interface PageWeight {
	path: string;
	/** Bytes received before the load event. */
	atLoad: Totals;
	/** Bytes received by the time the page is idle (load included). */
	afterIdle: Totals;
	/** ECharts bytes among the JS, after idle. */
	echartsBytes: number;
	requests: number;
}

/**
 * The kind of a response, from its Content-Type (URL extension as a fallback).
 * @param url the request URL
 * @param contentType the response header, may be empty
 */
export function resourceKind(url: string, contentType: string): ResourceKind {
	const type = contentType.toLowerCase();
	const path = new URL(url).pathname;
	if (type.startsWith('text/html') || (!type && (path.endsWith('/') || path.endsWith('.html')))) return 'html';
	if (type.startsWith('text/css') || (!type && path.endsWith('.css'))) return 'css';
	if (type.includes('javascript') || (!type && /\.m?js$/.test(path))) return 'js';
	return 'other';
}

/**
 * Adds up transfers into totals.
 * @param transfers kind and encoded body bytes of each response
 */
export function totals(transfers: ReadonlyArray<{ kind: ResourceKind; bytes: number }>): Totals {
	const sum: Totals = { html: 0, css: 0, js: 0, other: 0, page: 0 };
	for (const { kind, bytes } of transfers) sum[kind] += bytes;
	sum.page = sum.html + sum.css + sum.js;
	return sum;
}

/** ECharts sets this attribute name on every chart container; minifiers keep strings. */
const ECHARTS_MARKER = '_echarts_instance_';
const echartsCache = new Map<string, boolean>();

/**
 * Whether a JS file of dist/ is (or bundles) ECharts.
 * @param dist the built site folder
 * @param path URL path of the script, e.g. `/_astro/chart-echarts.C3Uj.js`
 */
export function isEchartsFile(dist: string, path: string): boolean {
	let known = echartsCache.get(path);
	if (known === undefined) {
		try {
			known = readFileSync(join(dist, decodeURIComponent(path)), 'utf8').includes(ECHARTS_MARKER);
		} catch {
			known = false;
		}
		echartsCache.set(path, known);
	}
	return known;
}

/** Scrolls to the end in viewport steps so lazy content near the viewport loads. */
export async function scrollThrough(page: Page): Promise<void> {
	await page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
			window.scrollTo(0, y);
			await new Promise((done) => setTimeout(done, 40));
		}
	});
}

/** Waits until the network is quiet and the main thread has had an idle period. */
async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 2000 })));
	await page.waitForLoadState('networkidle');
}

/**
 * Loads one page in a fresh context (empty cache) and measures what it downloads.
 * @param browser a launched Chromium
 * @param baseUrl e.g. http://localhost:40123
 * @param path site path
 * @param options.dist the built site, to recognise ECharts bundles
 * @param options.scroll scroll to the end before the idle measurement (to wake lazy charts)
 * @param options.viewport default 1280×800
 */
export async function measurePage(
	browser: Browser,
	baseUrl: string,
	path: string,
	options: { dist: string; scroll?: boolean; viewport?: { width: number; height: number } },
): Promise<PageWeight> {
	const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
	const page = await context.newPage();
	let phase: 'load' | 'idle' = 'load';
	type Transfer = { kind: ResourceKind; bytes: number; phase: 'load' | 'idle'; path: string };
	const pending: Array<Promise<Transfer | undefined>> = [];
	page.on('requestfinished', (request) => {
		const at = phase;
		pending.push(
			(async () => {
				const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
				const contentType = (await response?.headerValue('content-type')) ?? '';
				return { kind: resourceKind(request.url(), contentType), bytes: sizes.responseBodySize, phase: at, path: new URL(request.url()).pathname };
			})().catch(() => undefined), // a request still finishing when the context closes is not measured
		);
	});
	try {
		await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
		phase = 'idle';
		if (options.scroll) await scrollThrough(page);
		await settle(page);
		const transfers = (await Promise.all(pending)).filter((t): t is Transfer => t !== undefined);
		return {
			path,
			atLoad: totals(transfers.filter((t) => t.phase === 'load')),
			afterIdle: totals(transfers),
			echartsBytes: transfers.filter((t) => t.kind === 'js' && isEchartsFile(options.dist, t.path)).reduce((sum, t) => sum + t.bytes, 0),
			requests: transfers.length,
		};
	} finally {
		await context.close();
	}
}

/**
 * Measures many pages, a few at a time (bytes do not depend on timing, so parallel is safe).
 * @param paths site paths
 * @param measure measurePage bound to a browser
 * @param parallel pages in flight
 */
export async function measureAll(paths: readonly string[], measure: (path: string) => Promise<PageWeight>, parallel = 3): Promise<PageWeight[]> {
	const results: PageWeight[] = new Array(paths.length);
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < paths.length) {
			const index = next++;
			results[index] = await measure(paths[index] as string);
		}
	};
	await Promise.all(Array.from({ length: Math.min(parallel, paths.length) }, worker));
	return results;
}
