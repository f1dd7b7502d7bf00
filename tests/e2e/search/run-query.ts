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
	/** Milliseconds from pressing Enter to the results being shown. */
	ms: number;
}

/** Strip the ?hl= parameters a result link carries for on-page highlighting. */
export function withoutHighlight(href: string): string {
	const url = new URL(href, 'http://x');
	url.searchParams.delete('hl');
	return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Search for `query` on an open /search/ page (as if typed and Enter pressed) and wait for its
 * results. The time is measured inside the page, from the submit to the list being shown, so the
 * browser-automation round trips are not counted.
 */
export async function runQuery(page: Page, query: string): Promise<QueryOutcome> {
	await page.locator('.ys__input').waitFor();
	const ms = await page.evaluate(
		(q) =>
			new Promise<number>((resolve) => {
				const input = document.querySelector<HTMLInputElement>('.ys__input')!;
				const list = document.querySelector('.ys__results')!;
				const observer = new MutationObserver(() => {
					if (list.getAttribute('aria-busy') === 'false' && new URL(location.href).searchParams.get('q') === q.trim()) {
						observer.disconnect();
						resolve(performance.now() - started);
					}
				});
				observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
				input.value = q;
				const started = performance.now();
				input.form!.requestSubmit();
			}),
		query,
	);
	const results = page.locator('.ys__results');
	const urls = (await results.locator('.ys__hit-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map(withoutHighlight);
	const subUrls = (await results.locator('.ys__sub-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map(withoutHighlight);
	const status = (await page.locator('.ys__status').textContent()) ?? '';
	return { urls, subUrls, status, ms };
}
