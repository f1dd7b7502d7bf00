import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { consoleErrors, openSite, type Site } from '../harness.ts';
import { nodeTitled } from './book-facts.ts';

let site: Site;
before(async () => {
	site = await openSite();
});
after(() => site.close());

const PHONE = { width: 390, height: 844 };
// A table-heavy chapter (six ranking tables) and an 11-column statistics table.
const TABLE_HEAVY = nodeTitled('2016 年中国政府网站绩效评估排名');

test('a table-heavy chapter shows each of its tables as a real HTML table with header scopes', async () => {
	const page = await site.page(TABLE_HEAVY.url);
	const figures = page.locator('main figure.data-table');
	assert.ok((await figures.count()) >= 6, `${await figures.count()} tables`);
	for (const figure of await figures.all()) {
		assert.ok((await figure.locator('thead th').count()) > 0);
		const scopes = await figure.locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('scope')));
		assert.ok(scopes.every((scope) => scope === 'col' || scope === 'colgroup'), scopes.join());
		assert.ok((await figure.locator('tbody tr').count()) > 0);
	}
	assert.deepEqual(consoleErrors(page), []);
});

test('at 390 px no page scrolls sideways; wide tables scroll inside their own box', async () => {
	const paths = ['/', TABLE_HEAVY.url, nodeTitled('“十三五”国家信息化规划').url, '/chronicle/', nodeTitled('地方信息化相关法律法规目录').url, '/exemplars/persons/', '/statistics/'];
	for (const path of paths) {
		const page = await site.page(path, { viewport: PHONE });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflow, 0, `${path} scrolls sideways by ${overflow} px`);
		await page.context().close();
	}
	// An 11-column table is wider than the phone: it must scroll in its own box. (Without the script the
	// table shows right away; with it, a chart is shown first and the table is one click away.)
	const page = await site.page(nodeTitled('2012—2016 年全国各地区网民规模和互联网普及率').url, { viewport: PHONE, javaScriptEnabled: false });
	const table = page.locator('main table').first();
	const boxes = await table.evaluate((element) => {
		let scroller = element.parentElement;
		while (scroller && getComputedStyle(scroller).overflowX === 'visible') scroller = scroller.parentElement;
		return { table: element.scrollWidth, scroller: scroller?.clientWidth ?? 0, page: document.documentElement.clientWidth };
	});
	assert.ok(boxes.table > boxes.scroller, `the table (${boxes.table} px) is wider than its box (${boxes.scroller} px)`);
	assert.ok(boxes.scroller <= boxes.page, 'the box itself fits the page');
});

test('the part navigation is reachable on a phone from the header', async () => {
	const page = await site.page(TABLE_HEAVY.url, { viewport: PHONE });
	const jump = page.locator('.site-header__part-nav');
	assert.ok(await jump.isVisible());
	await jump.click();
	await page.waitForURL(/#part-nav$/);
	assert.ok(await page.locator('.part-nav [aria-current="page"]').isVisible());
});
