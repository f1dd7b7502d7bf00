/**
 * The e2e harness: the built site, served locally, opened in Debian's Chromium.
 *
 * API (stable — other test files depend on it):
 *
 *   import { after, before, test } from 'node:test';
 *   import assert from 'node:assert/strict';
 *   import { openSite, consoleErrors, externalRequests, type Site } from '../harness.ts';
 *
 *   let site: Site;
 *   before(async () => { site = await openSite(); });   // builds dist/ if stale, serves it, launches Chromium
 *   after(() => site.close());
 *
 *   test('the cover lists the parts', async () => {
 *     const page = await site.page('/', { viewport: { width: 390, height: 844 } });
 *     assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
 *     assert.deepEqual(consoleErrors(page), []);
 *     assert.deepEqual(externalRequests(page), []);
 *     await page.context().close();                     // optional: site.close() closes everything
 *   });
 *
 * - `site.baseUrl` e.g. `http://localhost:40123` (no trailing slash); `site.url(path)` joins a path.
 * - `site.page(path, options)` opens a new browser context + page and navigates to `path`
 *   (waits for `load`). Options: `viewport` (default 1280×800), `javaScriptEnabled` (default true),
 *   `colorScheme` ('light' | 'dark', default 'light'), `reducedMotion`, `waitUntil`, `acceptDownloads`.
 *   Pass `path: null` to get a page that has not navigated yet (to attach listeners first).
 * - `consoleErrors(page)` console errors, uncaught exceptions, failed or ≥ 400 local requests seen so
 *   far (the page's own document may be a 404: that one is not counted).
 * - `externalRequests(page)` every request to a host other than localhost (each one is aborted,
 *   so a test can never reach the network).
 * - `site.browser` the playwright-core Browser, for anything else.
 *
 * The browser is /usr/bin/chromium (never a downloaded one) with the flags in
 * scripts/bench/chromium.ts (shared with the bench); playwright-core's `launch()` gives it a fresh
 * temporary --user-data-dir each time. `launchChromium` is re-exported for tests that need no site.
 * `npm test` builds the site once before all test files (see support/build-site.ts). The server
 * serves a private copy of dist/ (support/snapshot.ts), so a teammate's rebuild cannot pull pages
 * away mid-test.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/bench/chromium.ts';
import { startServer } from '../../scripts/serve.ts';
import { ensureSiteBuilt } from './support/build-site.ts';
import { DIST } from './support/paths.ts';
import { snapshotDist } from './support/snapshot.ts';

export interface PageOptions {
	viewport?: { width: number; height: number };
	javaScriptEnabled?: boolean;
	colorScheme?: 'light' | 'dark';
	reducedMotion?: 'reduce' | 'no-preference';
	waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
	acceptDownloads?: boolean;
}

export interface Site {
	baseUrl: string;
	browser: Browser;
	/** Absolute URL of a site path, e.g. `site.url('/regions/05/')`. */
	url(path: string): string;
	/** New context + page, navigated to `path` unless it is null. */
	page(path: string | null, options?: PageOptions): Promise<Page>;
	close(): Promise<void>;
}

export { launchChromium };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const errorsByPage = new WeakMap<Page, string[]>();
const externalByPage = new WeakMap<Page, string[]>();

/**
 * Builds dist/ if it is stale, serves a copy of it on a free port and launches Chromium.
 * @param options.build set false to skip the freshness check (dist/ must exist)
 */
export async function openSite(options: { build?: boolean } = {}): Promise<Site> {
	if (options.build !== false) await ensureSiteBuilt();
	const snapshot = await snapshotDist(DIST);
	const server = await startServer({ root: snapshot.root, port: 0 });
	const browser = await launchChromium();
	const baseUrl = server.url;
	const url = (path: string): string => new URL(path, `${baseUrl}/`).href;
	return {
		baseUrl,
		browser,
		url,
		async page(path, pageOptions = {}) {
			const contextOptions: BrowserContextOptions = {
				viewport: pageOptions.viewport ?? { width: 1280, height: 800 },
				javaScriptEnabled: pageOptions.javaScriptEnabled ?? true,
				colorScheme: pageOptions.colorScheme ?? 'light',
				reducedMotion: pageOptions.reducedMotion ?? 'no-preference',
				acceptDownloads: pageOptions.acceptDownloads ?? true,
				locale: 'zh-CN',
			};
			const context = await browser.newContext(contextOptions);
			const page = await context.newPage();
			track(page);
			await context.route('**/*', (route) => {
				const host = new URL(route.request().url()).host.replace(/:\d+$/, '');
				if (LOCAL_HOSTS.has(host)) return route.continue();
				externalByPage.get(page)?.push(route.request().url());
				return route.abort('blockedbyclient');
			});
			if (path !== null) await page.goto(url(path), { waitUntil: pageOptions.waitUntil ?? 'load' });
			return page;
		},
		async close() {
			await browser.close();
			await server.close();
			snapshot.remove();
		},
	};
}

function track(page: Page): void {
	const errors: string[] = [];
	errorsByPage.set(page, errors);
	externalByPage.set(page, []);
	page.on('console', (message) => {
		// Chromium's "Failed to load resource" lines repeat what the response/requestfailed handlers
		// record with the URL, and would also flag a 404 page that is a 404 on purpose.
		if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
			errors.push(`console: ${message.text()}`);
		}
	});
	page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
	page.on('requestfailed', (request) => {
		const host = new URL(request.url()).host.replace(/:\d+$/, '');
		const reason = request.failure()?.errorText ?? '?';
		// Blocked external requests are reported by externalRequests(), not here; ERR_ABORTED is the
		// browser cancelling a request because the page navigated on, not a fault of the site.
		if (LOCAL_HOSTS.has(host) && reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} (${reason})`);
	});
	page.on('response', (response) => {
		// The page itself may be a 404 on purpose (the 404 page test); its subresources may not.
		const isDocument = response.request().isNavigationRequest() && response.frame() === page.mainFrame();
		if (response.status() >= 400 && !isDocument) errors.push(`HTTP ${response.status()}: ${response.url()}`);
	});
}

/**
 * Console errors, uncaught exceptions, failed and ≥ 400 local requests seen on a page so far.
 * @param page a page made by `site.page()`
 */
export function consoleErrors(page: Page): string[] {
	return [...(errorsByPage.get(page) ?? [])];
}

/**
 * URLs of requests the page tried to make to a non-localhost host (all were aborted).
 * @param page a page made by `site.page()`
 */
export function externalRequests(page: Page): string[] {
	return [...(externalByPage.get(page) ?? [])];
}
