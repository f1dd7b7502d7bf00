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

test('on a phone the header is one row, and its 菜单 reaches 目录, the part navigation and the preferences', async () => {
	for (const width of [360, 390]) {
		const page = await site.page(TABLE_HEAVY.url, { viewport: { ...PHONE, width } });
		// One row: some horizontal line crosses every item (the lowest top is above the highest bottom).
		const oneRow = await page.locator('.site-header > :is(a, button)').evaluateAll((items) => {
			const boxes = items.map((item) => item.getBoundingClientRect());
			return boxes.length === 3 && Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom));
		});
		const header = await page.locator('.site-header').boundingBox();
		assert.ok(oneRow, `${width} px: title, 搜索 and 菜单 share one row`);
		assert.ok(header && header.height < 60, `${width} px: the header is ${header?.height} px high`);
		await page.context().close();
	}
	const page = await site.page(TABLE_HEAVY.url, { viewport: PHONE });
	const jump = page.locator('.site-header__part-nav');
	assert.equal(await jump.isVisible(), false, 'folded away until the menu opens');
	await page.locator('.site-menu-button').click();
	for (const selector of ['a[href="/#contents"]', '[data-font-larger]', '[data-theme-toggle]']) {
		assert.ok(await page.locator(`#site-menu ${selector}`).isVisible(), selector);
	}
	await jump.click();
	await page.waitForURL(/#part-nav$/);
	assert.equal(await page.locator('#site-menu').isVisible(), false, 'following a menu link closes the menu');
	assert.ok(await page.locator('.part-nav [aria-current="page"]').isVisible());
});

test('without JavaScript the phone menu still opens (a declarative popover)', async () => {
	const page = await site.page(TABLE_HEAVY.url, { viewport: PHONE, javaScriptEnabled: false });
	await page.locator('.site-menu-button').click();
	assert.ok(await page.locator('#site-menu a[href="/#contents"]').isVisible());
});
