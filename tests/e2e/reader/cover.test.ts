import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { consoleErrors, externalRequests, openSite, type Site } from '../harness.ts';
import { book } from './book-facts.ts';

let site: Site;
before(async () => {
	site = await openSite();
});
after(() => site.close());

test('the cover lists the 11 parts and all 212 chapters of the 目录 with printed pages', async () => {
	const page = await site.page('/');
	assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
	const parts = page.locator('.book-contents__part');
	assert.equal(await parts.count(), 11);
	assert.deepEqual(
		await page.locator('.toc-line--part .toc-line__title').allTextContents(),
		book().parts.map((part) => part.title),
	);
	const chapters = page.locator('.book-contents [data-chapter]');
	assert.equal(await chapters.count(), 212);
	const hrefs = await chapters.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	assert.equal(new Set(hrefs).size, 212, 'every chapter has its own address');
	// The 目录's printed pages are shown: 综述篇 starts on page 1, 中国信息化发展概况 on page 3.
	assert.equal(await page.locator('.toc-line--part .toc-line__page').first().textContent(), String(book().parts[0]!.page));
	assert.equal(await chapters.first().locator('.toc-line__page').textContent(), String(book().parts[0]!.chapters[0]!.page));
	assert.deepEqual(consoleErrors(page), []);
	assert.deepEqual(externalRequests(page), []);
});

test('every 目录 link opens a page that has that chapter on it', async () => {
	const page = await site.page('/');
	const links = await page.locator('.book-contents [data-chapter]').evaluateAll((anchors) =>
		anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', title: anchor.querySelector('.toc-line__title')?.textContent ?? '' })),
	);
	const missing: string[] = [];
	for (const { href } of links) {
		const [path, hash] = href.split('#');
		const response = await page.request.get(site.url(path!));
		if (response.status() !== 200) missing.push(`${href}: HTTP ${response.status()}`);
		else if (hash && !(await response.text()).includes(`id="${hash}"`)) missing.push(`${href}: no #${hash}`);
	}
	assert.deepEqual(missing, []);
});

test('the front matter and the 校勘记 are linked from the cover', async () => {
	const page = await site.page('/');
	const front = await page.locator('.cover__front a').allTextContents();
	for (const section of book().front) assert.ok(front.includes(section.title), section.title);
	await page.locator('.cover__front a', { hasText: '校勘记' }).click();
	await page.waitForURL(/\/errata\/$/);
	assert.equal(await page.locator('h1').textContent(), '校勘记');
	assert.ok((await page.locator('.erratum').count()) > 0, 'the parser reported repairs, so the page lists them');
});
