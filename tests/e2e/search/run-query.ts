/**
 * Drive the real search UI on /search/ and read back what a reader sees. Shared by the search
 * e2e tests and the search bench.
 */
import type { Page } from 'playwright-core';

export interface QueryOutcome {
	/** Result page URLs in display order, without the ?hl= highlight parameters. */
	urls: string[];
	/** Sub-result URLs (with #anchor) in display order, without ?hl=. */
	subUrls: string[];
	/** The aria-live status line. */
	status: string;
	/** Milliseconds from typing the query to the results being shown. */
	ms: number;
}

/** Strip the ?hl= parameters a result link carries for on-page highlighting. */
export function withoutHighlight(href: string): string {
	const url = new URL(href, 'http://x');
	url.searchParams.delete('hl');
	return `${url.pathname}${url.search}${url.hash}`;
}

/** Type `query` into the search box of an open /search/ page and wait for its results. */
export async function runQuery(page: Page, query: string): Promise<QueryOutcome> {
	const input = page.locator('.ys__input');
	const results = page.locator('.ys__results');
	await input.fill('');
	await page.waitForFunction(() => document.querySelector('.ys__results')?.getAttribute('aria-busy') !== 'true');
	const started = Date.now();
	await input.fill(query);
	await page.waitForFunction(
		(q) => {
			const list = document.querySelector('.ys__results');
			const input = document.querySelector<HTMLInputElement>('.ys__input');
			return list?.getAttribute('aria-busy') === 'false' && input?.value === q && new URL(location.href).searchParams.get('q') === q.trim();
		},
		query,
	);
	const ms = Date.now() - started;
	const urls = (await results.locator('.ys__hit-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map(withoutHighlight);
	const subUrls = (await results.locator('.ys__sub-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map(withoutHighlight);
	const status = (await page.locator('.ys__status').textContent()) ?? '';
	return { urls, subUrls, status, ms };
}
