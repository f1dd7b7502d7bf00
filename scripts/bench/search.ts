/**
 * Search figures in headless Chromium: bytes fetched by a first query on /search/ and by opening
 * the dialog and running each query of the set cold, query times through the search UI helper
 * (tests/e2e/search/query-set.ts, when present) over the committed query set, and the same queries
 * through plain Pagefind on the same index, in a fresh context so both sides start cold.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { summarize, type Summary } from './stats.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const QUERY_SET_MODULE = join(ROOT, 'tests', 'e2e', 'search', 'query-set.ts');
/** Used when the search engineer's query set is missing. */
const FALLBACK_QUERIES = ['工业和信息化部', '工信部', '北京', '大数据', '电子商务', '网络安全法', '宽带', '物联网', '互联网+', '电子政务'];

export interface SearchFigures {
	skipped?: string;
	queries?: number;
	/** Bytes (as transferred) fetched from typing the first query to its results. */
	firstQueryBytes?: number;
	/** The same plus the Pagefind files (pagefind.js, wasm, meta) /search/ fetched before it. */
	firstQueryWithBootstrapBytes?: number;
	/**
	 * Bytes fetched from opening the search dialog on a chapter page to the first query's results
	 * (and the excerpts they show), each query in a fresh browser context: the ≤ 150 KB target.
	 */
	dialogFirstQuery?: DialogBytes;
	/** Bytes the /search/ page loaded before any query (all types). */
	searchPageBytes?: number;
	firstQueryMs?: number;
	/** Later queries through the site's search UI. */
	ui?: Summary;
	/** Share of queries whose expected page is in the top 3 (query set only). */
	recallTop3?: number;
	/** The same queries through pagefind.js alone, results' data loaded for the top 5, in a fresh context of its own. */
	plainPagefind?: Summary;
}

export interface DialogBytes {
	median: number;
	max: number;
	/** The query that fetched the most. */
	worst: string;
	/** Queries over the 150 KB target. */
	over150KB: number;
	runs: number;
}

interface QuerySetModule {
	QUERY_SET: Array<{ q: string }>;
	runQuerySet(page: Page, queries?: ReadonlyArray<{ q: string }>): Promise<Array<{ ms: number; pass: boolean }>>;
}

/** Bytes received by a page while `work` runs: in all, and for Pagefind's own files. */
async function bytesDuring(page: Page, work: () => Promise<void>): Promise<{ all: number; pagefind: number }> {
	const pending: Array<Promise<{ bytes: number; pagefind: boolean }>> = [];
	const listener = (request: { url(): string; sizes(): Promise<{ responseBodySize: number }> }): void => {
		const pagefind = new URL(request.url()).pathname.startsWith('/pagefind/');
		pending.push(request.sizes().then((sizes) => ({ bytes: sizes.responseBodySize, pagefind })));
	};
	page.on('requestfinished', listener);
	try {
		await work();
		await page.waitForLoadState('networkidle');
	} finally {
		page.off('requestfinished', listener);
	}
	const received = await Promise.all(pending);
	const sum = (list: typeof received): number => list.reduce((total, item) => total + item.bytes, 0);
	return { all: sum(received), pagefind: sum(received.filter((item) => item.pagefind)) };
}

/** Times plain Pagefind over the queries on a page of the site (first query, index loading, excluded). */
async function plainPagefindTimes(page: Page, queries: readonly string[]): Promise<number[]> {
	return page.evaluate(async (list) => {
		const pagefindUrl = '/pagefind/pagefind.js';
		const pagefind = (await import(pagefindUrl)) as {
			init(): Promise<void>;
			search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
		};
		await pagefind.init();
		const times: number[] = [];
		for (const [index, query] of list.entries()) {
			const started = performance.now();
			const found = await pagefind.search(query);
			await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
			if (index > 0) times.push(performance.now() - started);
		}
		return times;
	}, queries);
}

/** A chapter page to open the dialog on (any reading page would do). */
const DIALOG_PAGE = '/regions/18/';

/**
 * Bytes fetched by opening the search dialog and running one query, for each query in a fresh
 * context (empty cache), until the network is idle (lazily loaded excerpts included).
 */
async function dialogFirstQueryBytes(browser: Browser, baseUrl: string, queries: readonly string[]): Promise<DialogBytes> {
	const samples: Array<{ q: string; bytes: number }> = [];
	for (const q of queries) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		try {
			const page = await context.newPage();
			await page.goto(new URL(DIALOG_PAGE, baseUrl).href, { waitUntil: 'networkidle' });
			const { all } = await bytesDuring(page, async () => {
				await page.locator('[data-search-open]').first().click();
				await page.locator('dialog.ys-dialog[open] .ys__input').waitFor();
				await page.evaluate(
					(query) =>
						new Promise<void>((resolve) => {
							const input = document.querySelector<HTMLInputElement>('dialog .ys__input')!;
							const list = document.querySelector('dialog .ys__results')!;
							new MutationObserver((_, observer) => {
								if (list.getAttribute('aria-busy') === 'false') {
									observer.disconnect();
									resolve();
								}
							}).observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
							input.value = query;
							input.form!.requestSubmit();
						}),
					q,
				);
			});
			samples.push({ q, bytes: all });
		} finally {
			await context.close();
		}
	}
	const sorted = [...samples].sort((a, b) => a.bytes - b.bytes);
	const worst = sorted.at(-1);
	return {
		median: summarize(sorted.map((s) => s.bytes)).median,
		max: worst?.bytes ?? 0,
		worst: worst?.q ?? '',
		over150KB: samples.filter((s) => s.bytes > 150 * 1024).length,
		runs: samples.length,
	};
}

/**
 * Runs the search measurements against a served site.
 * @param browser a launched Chromium
 * @param baseUrl the served site
 */
export async function benchSearch(browser: Browser, baseUrl: string): Promise<SearchFigures> {
	const hasQuerySet = existsSync(QUERY_SET_MODULE);
	const querySet = hasQuerySet ? ((await import(QUERY_SET_MODULE)) as QuerySetModule) : null;
	const queries = querySet ? querySet.QUERY_SET.map((query) => query.q) : FALLBACK_QUERIES;
	const figures: SearchFigures = { queries: queries.length };

	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		const pageLoad = await bytesDuring(page, async () => {
			const response = await page.goto(new URL('/search/', baseUrl).href, { waitUntil: 'load' });
			if (!response?.ok()) throw new Error(`/search/ answered ${response?.status()}`);
		});
		figures.searchPageBytes = pageLoad.all;
		if (querySet) {
			const first = querySet.QUERY_SET.slice(0, 1);
			let firstMs = 0;
			const firstQuery = await bytesDuring(page, async () => {
				firstMs = (await querySet.runQuerySet(page, first))[0]?.ms ?? 0;
			});
			figures.firstQueryBytes = firstQuery.all;
			figures.firstQueryWithBootstrapBytes = firstQuery.all + pageLoad.pagefind;
			figures.firstQueryMs = firstMs;
			const reports = await querySet.runQuerySet(page);
			figures.ui = summarize(reports.slice(1).map((report) => report.ms));
			figures.recallTop3 = reports.filter((report) => report.pass).length / reports.length;
		} else {
			figures.skipped = 'tests/e2e/search/query-set.ts is missing: UI not measured, fallback queries used';
		}
	} finally {
		await context.close();
	}
	// A context of its own, so plain Pagefind starts as cold as the UI did (no cached chunks).
	const plainContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const plainPage = await plainContext.newPage();
		await plainPage.goto(new URL('/404.html', baseUrl).href, { waitUntil: 'load' });
		figures.plainPagefind = summarize(await plainPagefindTimes(plainPage, queries));
	} finally {
		await plainContext.close();
	}
	if (querySet) figures.dialogFirstQuery = await dialogFirstQueryBytes(browser, baseUrl, queries);
	return figures;
}
