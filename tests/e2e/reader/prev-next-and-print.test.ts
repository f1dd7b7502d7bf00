import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openSite, type Site } from '../harness.ts';
import { book, nodeTitled } from './book-facts.ts';

let site: Site;
before(async () => {
	site = await openSite();
});
after(() => site.close());

const regions = book().parts.find((part) => part.id === 'regions')!.chapters;

test('prev/next links follow the 目录 and cross into the next part', async () => {
	const page = await site.page(regions[1]!.url);
	assert.equal(await page.locator('.prev-next a[rel="prev"]').getAttribute('href'), regions[0]!.url);
	assert.equal(await page.locator('.prev-next a[rel="next"]').getAttribute('href'), regions[2]!.url);
	const lastOfPart = await site.page(regions.at(-1)!.url);
	const firstOfNext = book().parts.find((part) => part.id === 'integration')!.chapters[0]!;
	assert.equal(await lastOfPart.locator('.prev-next a[rel="next"]').getAttribute('href'), firstOfNext.url);
	const first = await site.page(book().parts[0]!.chapters[0]!.url);
	assert.equal(await first.locator('.prev-next a[rel="prev"]').count(), 0);
});

test('→ and ← turn the page, but not while a form field has focus', async () => {
	const page = await site.page(regions[1]!.url);
	await page.keyboard.press('ArrowRight');
	await page.waitForURL((url) => url.pathname === regions[2]!.url);
	await page.keyboard.press('ArrowLeft');
	await page.waitForURL((url) => url.pathname === regions[1]!.url);
	await page.keyboard.press('Alt+ArrowRight').catch(() => undefined);
	const list = nodeTitled('国家信息化相关法律法规目录');
	const withForm = await site.page(list.url);
	await withForm.locator('[data-filter-year]').focus();
	await withForm.keyboard.press('ArrowRight');
	await withForm.waitForTimeout(300);
	assert.equal(new URL(withForm.url()).pathname, list.url);
});

test('the theme toggle and font size persist across pages', async () => {
	const page = await site.page(regions[0]!.url);
	const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await page.locator('[data-theme-toggle]').click();
	await page.locator('[data-font-larger]').click();
	assert.equal(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed'), 'true');
	await page.goto(site.url(regions[1]!.url));
	const state = await page.evaluate(() => ({
		theme: document.documentElement.dataset['theme'],
		step: document.documentElement.dataset['fontStep'],
		background: getComputedStyle(document.body).backgroundColor,
		size: getComputedStyle(document.documentElement).fontSize,
	}));
	assert.equal(state.theme, 'dark');
	assert.equal(state.step, '1');
	assert.notEqual(state.background, before);
	assert.equal(state.size, '19px');
});

test('printing a chapter gives its title, part, page, text and tables, and none of the chrome', async () => {
	const chapter = nodeTitled('2012—2016 年全国各地区网民规模和互联网普及率');
	const page = await site.page(chapter.url);
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const dir = mkdtempSync(join(tmpdir(), 'reader-print-'));
	writeFileSync(join(dir, 'chapter.pdf'), pdf);
	const text = execFileSync('pdftotext', ['-layout', join(dir, 'chapter.pdf'), '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
	const compact = text.replace(/\s+/g, '');
	assert.ok(compact.includes(chapter.title.replace(/\s+/g, '')), 'title');
	assert.ok(compact.includes('基础数据篇'), 'part');
	assert.ok(compact.includes(`原书第${chapter.page}页`), 'printed page');
	for (const cell of ['北京', '内蒙古', '新疆']) assert.ok(compact.includes(cell), `table cell ${cell}`);
	for (const chrome of ['跳到正文', '上一篇', '下一篇', '全书目录', '本页目录', '阅读设置']) {
		assert.ok(!compact.includes(chrome), `chrome "${chrome}" is printed`);
	}
});

test('a whole part prints as one document, each chapter on a new page', async () => {
	const part = book().parts.find((candidate) => candidate.id === 'studies')!;
	const page = await site.page(`${part.url}print/`);
	assert.equal(await page.locator('main article.chapter').count(), part.chapters.length);
	const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
	assert.equal(new Set(ids).size, ids.length, 'ids stay unique when chapters share a page');
	const pdf = await page.pdf({ format: 'A4' });
	const dir = mkdtempSync(join(tmpdir(), 'reader-print-'));
	writeFileSync(join(dir, 'part.pdf'), pdf);
	const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'part.pdf')], { encoding: 'utf8' }))![1]);
	assert.ok(pages >= part.chapters.length, `${pages} pages for ${part.chapters.length} chapters`);
});
