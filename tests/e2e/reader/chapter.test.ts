import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { consoleErrors, openSite, type Site } from '../harness.ts';
import { book, nodeTitled } from './book-facts.ts';

let site: Site;
before(async () => {
	site = await openSite();
});
after(() => site.close());

// The longest article of the book: a 政策法规篇 plan with sections, sub-sections and tables.
const LONG = nodeTitled('“十三五”国家信息化规划');

test('a long chapter shows title, part, printed page, breadcrumbs and a working outline', async () => {
	const page = await site.page(LONG.url);
	assert.equal(await page.locator('main h1').textContent(), LONG.title);
	assert.match((await page.locator('.chapter-heading__part').textContent()) ?? '', new RegExp(`政策法规篇.*原书第 ${LONG.page} 页`));
	assert.deepEqual(await page.locator('.breadcrumbs li').allTextContents().then((items) => items.map((item) => item.trim())), ['目录', '政策法规篇', LONG.title]);
	assert.equal(await page.locator('.document-facts dd').first().textContent(), '国务院');
	// Every outline entry points at a heading on the page.
	const targets = await page.locator('.outline a').evaluateAll((links) => links.map((link) => decodeURIComponent(link.getAttribute('href')!.slice(1))));
	assert.ok(targets.length >= 10, `${targets.length} outline entries`);
	for (const id of targets) assert.equal(await page.locator(`[id="${id}"]`).count(), 1, id);
	// Heading levels never skip (h1 → h2 → h3 …) inside the chapter.
	const levels = await page.locator('main :is(h1,h2,h3,h4,h5,h6)').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
	levels.reduce((previous, level) => {
		assert.ok(level <= previous + 1, `h${previous} followed by h${level}`);
		return level;
	});
	assert.deepEqual(consoleErrors(page), []);
});

test('the part navigation marks the current chapter and shows it on load', async () => {
	const last = book().parts.find((part) => part.id === 'regions')!.chapters.at(-1)!;
	const page = await site.page(last.url, { viewport: { width: 1280, height: 600 } });
	const current = page.locator('.part-nav [aria-current="page"]');
	assert.equal(await current.textContent(), last.title);
	const [navBox, itemBox] = await Promise.all([page.locator('.part-nav').boundingBox(), current.boundingBox()]);
	assert.ok(navBox && itemBox);
	assert.ok(itemBox.y >= navBox.y && itemBox.y + itemBox.height <= navBox.y + navBox.height, 'current chapter is inside the visible part of the navigation');
	assert.ok(itemBox.y + itemBox.height <= 600, 'and inside the window');
	// The book's parts, and the chapters of this part only, not the whole book's 212 links.
	assert.deepEqual(await page.locator('.part-nav .part-nav__part').allTextContents(), book().parts.map((part) => part.title));
	assert.equal(await page.locator('.part-nav__current li a').count(), book().parts.find((part) => part.id === 'regions')!.chapters.length);
});

test('a heading anchor is a permalink to its section', async () => {
	const page = await site.page(LONG.url);
	const anchor = page.locator('main h2 .heading-anchor').nth(2);
	const href = (await anchor.getAttribute('href'))!;
	await anchor.focus();
	await anchor.press('Enter');
	await page.waitForURL((url) => url.hash !== '');
	const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
	assert.equal(`#${id}`, href);
	assert.ok(await page.locator(`[id="${id}"]`).isVisible());
});

test('reading needs no JavaScript', async () => {
	const page = await site.page(LONG.url, { javaScriptEnabled: false });
	assert.equal(await page.locator('main h1').textContent(), LONG.title);
	assert.ok((await page.locator('main .prose p').count()) > 50);
	assert.equal(await page.locator('.reader-tools').isVisible(), false, 'buttons that need the script stay hidden');
	assert.equal(await page.locator('a[rel="next"]').count(), 1);
});

test('the persons page gives every person an anchor', async () => {
	const group = nodeTitled('先进人物');
	const page = await site.page(group.url);
	const persons = group.chapters ?? [];
	assert.equal(persons.length, 39);
	for (const person of persons) {
		const id = person.url.split('#')[1]!;
		assert.equal(await page.locator(`section.person[id="${id}"] .person__name`).textContent().then((text) => text?.trim()), person.title);
	}
});
