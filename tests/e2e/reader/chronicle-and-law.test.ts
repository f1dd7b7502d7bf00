import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { EventsSchema } from '../../../src/schemas/event.ts';
import { consoleErrors, openSite, type Site } from '../harness.ts';
import { CONTENT } from '../support/paths.ts';
import { nodeTitled } from './book-facts.ts';

let site: Site;
before(async () => {
	site = await openSite();
});
after(() => site.close());

const events = EventsSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'events.json'), 'utf8')));

test('大事记 is a timeline grouped by month with a permalink for every event', async () => {
	const page = await site.page('/chronicle/');
	const months = await page.locator('main .prose h2').allTextContents();
	// One heading per month; the one 2017 event printed inside June 2016 stays there without a heading of its own.
	const distinct = new Set(events.map((event) => event.date.slice(0, 7)));
	assert.equal(months.length, distinct.size - 1);
	assert.equal(months.filter((month) => month.startsWith('2016 年 6 月')).length, 1);
	assert.match(months[0]!, /^2016 年 1 月/);
	// A one-page part: the sidebar lists its months, each leading to its heading.
	const sidebar = page.locator('#part-nav .part-nav__current ol a');
	assert.deepEqual(await sidebar.allTextContents(), months);
	const lastMonth = await page.locator('main .prose h2').last().getAttribute('id');
	assert.equal(await sidebar.last().getAttribute('href'), `#${lastMonth}`);
	assert.equal(await page.locator('main .event').count(), events.length);
	for (const event of [events[0]!, events[Math.floor(events.length / 2)]!, events.at(-1)!]) {
		const entry = page.locator(`.event[id="${event.id}"]`);
		assert.equal(await entry.locator('time').getAttribute('datetime'), event.date);
		assert.equal(await entry.locator('time a').getAttribute('href'), `#${event.id}`);
	}
	assert.deepEqual(consoleErrors(page), []);
});

test('opening an event permalink shows that event', async () => {
	const event = events[Math.floor(events.length / 2)]!;
	const page = await site.page(`/chronicle/#${event.id}`, { viewport: { width: 1280, height: 700 } });
	const box = await page.locator(`[id="${event.id}"]`).boundingBox();
	assert.ok(box && box.y >= 0 && box.y < 700, `event box at ${box?.y}`);
});

test('a law has 章/节 headings and a permalink on every 第X条', async () => {
	const law = nodeTitled('中华人民共和国网络安全法');
	const page = await site.page(law.url);
	const chapters = await page.locator('main .prose h2').allTextContents();
	assert.ok(chapters.filter((text) => /^第.+章/.test(text)).length >= 7, chapters.join(' | '));
	assert.ok((await page.locator('main .prose h3').allTextContents()).some((text) => /^第.+节/.test(text)));
	const articles = page.locator('main p.law-article');
	assert.equal(await articles.count(), 79);
	const link = page.locator('p.law-article[id="第十二条"] > strong > a');
	assert.equal(await link.getAttribute('href'), '#第十二条');
	await link.click();
	assert.equal(decodeURIComponent(new URL(page.url()).hash), '#第十二条');
	const fresh = await site.page(`${law.url}#第七十九条`, { viewport: { width: 1280, height: 700 } });
	const box = await fresh.locator('[id="第七十九条"]').boundingBox();
	assert.ok(box && box.y >= 0 && box.y < 700);
});

test('the 法规目录 can be filtered by 颁布单位 and year', async () => {
	const list = nodeTitled('国家信息化相关法律法规目录');
	const page = await site.page(list.url);
	const form = page.locator('form.law-filter');
	assert.ok(await form.isVisible());
	const rows = page.locator('main table tbody tr');
	const total = await rows.count();
	await form.locator('[data-filter-issuer]').selectOption('工业和信息化部');
	const issuerRows = await rows.evaluateAll((all) => all.filter((row) => !(row as HTMLElement).hidden).map((row) => row.textContent ?? ''));
	assert.ok(issuerRows.length > 0 && issuerRows.length < total);
	assert.ok(issuerRows.every((text) => text.includes('工业和信息化部')));
	await form.locator('[data-filter-year]').selectOption('2016');
	const both = await rows.evaluateAll((all) => all.filter((row) => !(row as HTMLElement).hidden).map((row) => row.textContent ?? ''));
	assert.ok(both.length > 0 && both.length < issuerRows.length);
	assert.ok(both.every((text) => text.includes('工业和信息化部') && text.includes('2016')));
	assert.match((await form.locator('output').textContent()) ?? '', new RegExp(`显示 ${both.length} / ${total} 条`));
	// Without JavaScript the whole list reads as is and no dead form is shown.
	const plain = await site.page(list.url, { javaScriptEnabled: false });
	assert.equal(await plain.locator('form.law-filter').isVisible(), false);
	assert.equal(await plain.locator('main table tbody tr').count(), total);
});
