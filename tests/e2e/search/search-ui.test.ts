import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { consoleErrors, externalRequests, openSite, type Site } from '../harness.ts';
import { runQuery } from './run-query.ts';
import { DIST } from '../support/paths.ts';

let site: Site;
before(async () => {
	site = await openSite();
});
after(() => site.close());

const CHAPTER = '/regions/18/';

async function openDialog(page: Page, key: string): Promise<void> {
	await page.keyboard.press(key);
	await page.locator('dialog.ys-dialog[open] .ys__input').waitFor();
}

test('a reading page loads no search code or index until search is opened', async () => {
	const page = await site.page(null);
	const urls: string[] = [];
	page.on('request', (request) => urls.push(new URL(request.url()).pathname));
	await page.goto(site.url(CHAPTER), { waitUntil: 'networkidle' });
	assert.deepEqual(urls.filter((u) => u.startsWith('/pagefind/') || /search-(ui|dialog)/.test(u)), []);
	await openDialog(page, '/');
	await page.waitForLoadState('networkidle');
	assert.ok(urls.includes('/pagefind/pagefind.js'));
	assert.deepEqual(externalRequests(page), []);
});

test('pointing at or focusing the search button starts loading the dialog; a click opens it', async () => {
	for (const intent of ['hover', 'focus'] as const) {
		const page = await site.page(CHAPTER);
		const button = page.locator('[data-search-open]').first();
		await Promise.all([page.waitForRequest(/\/search-dialog\.[\w-]+\.js$/), button[intent]()]);
		assert.equal(await page.locator('dialog.ys-dialog[open]').count(), 0, `${intent} opened the dialog`);
		await button.click();
		await page.locator('dialog.ys-dialog[open] .ys__input').waitFor();
		assert.deepEqual(consoleErrors(page), []);
		await page.context().close();
	}
});

test('the dialog opens with / and Ctrl+K, traps focus as a modal, closes with Esc and returns focus', async () => {
	const page = await site.page(CHAPTER);
	const button = page.locator('[data-search-open]').first();
	await button.focus();
	await openDialog(page, 'Control+k');
	assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('ys__input')), true);
	assert.equal(await page.locator('dialog.ys-dialog').getAttribute('aria-label'), '搜索');
	assert.equal(await page.locator('.ys__status').getAttribute('aria-live'), 'polite');
	// A modal dialog (showModal) makes the rest of the page inert, which keeps focus inside it.
	assert.equal(await page.locator('dialog.ys-dialog').evaluate((d) => d.matches(':modal')), true);
	await page.keyboard.press('Escape');
	assert.equal(await page.locator('dialog.ys-dialog[open]').count(), 0);
	assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['searchOpen'] !== undefined), true);
	await openDialog(page, '/');
	await page.keyboard.press('Escape');
	assert.deepEqual(consoleErrors(page), []);
});

test('results are keyboard navigable and land on the page with the terms marked', async () => {
	const page = await site.page(CHAPTER);
	await openDialog(page, '/');
	await page.keyboard.type('网络安全法');
	await page.locator('.ys__results[aria-busy="false"] .ys__hit-link').first().waitFor();
	await page.keyboard.press('ArrowDown');
	const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
	assert.match(href ?? '', /^\/policy\/07\/\?hl=/);
	await Promise.all([page.waitForURL(/\/policy\/07\//), page.keyboard.press('Enter')]);
	await page.locator('mark.search-hit').first().waitFor();
	assert.ok((await page.locator('mark.search-hit').count()) > 0);
	assert.equal(await page.locator('mark.search-hit').first().textContent(), '网络安全法');
	assert.deepEqual(consoleErrors(page), []);
});

test('a sub-result lands on a law article', async () => {
	const page = await site.page('/search/');
	const outcome = await runQuery(page, '关键信息基础设施的运营者');
	assert.equal(outcome.urls[0], '/policy/07/');
	assert.ok(outcome.subUrls.some((u) => /^\/policy\/07\/#/.test(u)), outcome.subUrls.join(' '));
});

test('the query and filters live in the URL, so a search can be shared', async () => {
	const page = await site.page(`/search/?q=${encodeURIComponent('电子商务')}&${encodeURIComponent('类型')}=${encodeURIComponent('法规')}`);
	await page.locator('.ys__results[aria-busy="false"]').waitFor();
	assert.equal(await page.locator('.ys__input').inputValue(), '电子商务');
	await page.locator('.ys__chip[aria-pressed="true"]').first().waitFor();
	assert.equal(await page.locator('.ys__chip[aria-pressed="true"]').textContent(), '法规');
	const urls = await page.locator('.ys__hit-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	assert.ok(urls.length > 0);
	for (const url of urls) assert.match(url, /^\/policy\//);
});

test('filter chips and menus narrow the results', async () => {
	const page = await site.page('/search/');
	const all = await runQuery(page, '两化融合');
	await page.locator('select[data-key="地区"]').selectOption('广东');
	await page.locator('.ys__results[aria-busy="false"]').waitFor();
	await page.waitForFunction(() => new URL(location.href).searchParams.get('地区') === '广东');
	await page.locator('.ys__results[aria-busy="false"]').waitFor();
	const narrowed = await page.locator('.ys__hit-link').evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));
	assert.ok(narrowed.length > 0 && narrowed.length < all.urls.length, `${narrowed.length} of ${all.urls.length}`);
	assert.ok(narrowed.includes('/regions/18/'), narrowed.join(' '));
	await page.locator('.ys__chip[value="人物"]').click();
	await page.waitForFunction(() => new URL(location.href).searchParams.get('类型') === '人物');
	await page.locator('.ys__results[aria-busy="false"]').waitFor();
	const persons = await page.locator('.ys__hit-link').evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));
	for (const url of persons) assert.equal(url, '/exemplars/persons/');
});

test('the dialog fits a 390 px phone without sideways scrolling', async () => {
	const page = await site.page(CHAPTER, { viewport: { width: 390, height: 844 } });
	await page.locator('[data-search-open]').first().click();
	await page.locator('dialog.ys-dialog[open] .ys__input').waitFor();
	await page.keyboard.type('广东');
	await page.locator('.ys__results[aria-busy="false"] .ys__hit-link').first().waitFor();
	const box = await page.locator('dialog.ys-dialog').boundingBox();
	assert.ok(box && box.width <= 390, `dialog ${box?.width}px wide`);
	const overflow = await page.locator('dialog.ys-dialog').evaluate((d) => d.scrollWidth - d.clientWidth);
	assert.ok(overflow <= 1, `${overflow}px sideways overflow`);
	await page.screenshot({ path: '/tmp/shots/search-dialog-phone.png' });
});

test('the index is one Chinese index (every page is lang="zh-CN"), with the page directory beside it', () => {
	const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	assert.deepEqual(Object.keys(entry.languages), ['zh-cn']);
	const directory = JSON.parse(readFileSync(join(DIST, 'pagefind', 'yearbook-pages.json'), 'utf8')) as Record<string, [string, string, string]>;
	assert.equal(Object.keys(directory).length, entry.languages['zh-cn']?.page_count);
	assert.ok(Object.values(directory).some(([url, title]) => url === '/regions/18/' && title === '广东省信息化发展概况'));
});
