/**
 * Charts and data in Chromium: build-time SVG without JavaScript, lazy interactive ECharts with it,
 * the chart ⇄ table switch, CSV downloads that match the table, print, phone and dark mode.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { consoleErrors, openSite, type Site } from '../harness.ts';
import { parseCsv } from '../../unit/data/parse-csv.ts';
import { DIST } from '../support/paths.ts';

/** 2012—2016 年全国互联网用户发展情况: one table (t054 today), two line charts. */
const STATISTICS_CHAPTER = '/statistics/16/';
/** 通信网络基础设施: four charts stacked, the last one well below the fold. */
const MANY_CHARTS = '/statistics/09/';
/** 北京市 两化融合: its one chart stands several screens down the article. */
const CHART_BELOW_THE_FOLD = '/integration/03/';
/** 地区发展篇 has no tables. */
const NO_TABLES = '/regions/05/';

let site: Site;
before(async () => {
	site = await openSite();
});
after(() => site.close());

const echartsRequests = (page: Page): string[] => {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (/chart-echarts/.test(request.url())) seen.push(request.url());
	});
	return seen;
};

describe('a statistics chapter', () => {
	test('shows its charts as SVG with JavaScript disabled, each described for screen readers', async () => {
		const page = await site.page(STATISTICS_CHAPTER, { javaScriptEnabled: false });
		const charts = page.locator('figure.chart');
		assert.equal(await charts.count(), 2);
		for (const chart of await charts.all()) {
			assert.ok(await chart.locator('.chart__svg--wide svg').isVisible());
			const label = (await chart.locator('[role="img"]').getAttribute('aria-label')) ?? '';
			assert.match(label, /^折线图：2012—2016 年/);
		}
		assert.ok(await page.locator('figure.data-table table').isVisible(), 'the table is shown too');
		assert.equal(await page.locator('figure.chart[data-live]').count(), 0);
		assert.deepEqual(consoleErrors(page), []);
	});

	test('becomes interactive with JavaScript: ECharts draws the chart and its legend toggles series', async () => {
		const page = await site.page(STATISTICS_CHAPTER);
		const chart = page.locator('figure.chart').nth(1);
		await chart.scrollIntoViewIfNeeded();
		await chart.locator('.chart__live[_echarts_instance_] svg').waitFor();
		assert.ok(!(await chart.locator('.chart__svg--wide').isVisible()), 'the build-time SVG steps aside');
		const toggle = chart.locator('.chart__toggle').first();
		await toggle.click();
		assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
		const box = await chart.locator('.chart__live').boundingBox();
		assert.ok(box);
		// Near the right edge: the 2016 category. The tooltip gives the number as the table prints it.
		await page.mouse.move(box.x + box.width * 0.88, box.y + box.height * 0.5);
		const tooltip = chart.locator('.chart-tooltip', { hasText: '2016' });
		await tooltip.waitFor();
		assert.match((await tooltip.textContent()) ?? '', /69,531 万人/);
		assert.deepEqual(consoleErrors(page), []);
	});

	test('switches from the charts to the table and back', async () => {
		const page = await site.page(STATISTICS_CHAPTER);
		const figure = page.locator('figure.data-table');
		assert.ok(await figure.locator('.data-table__charts').isVisible());
		assert.ok(!(await figure.locator('.data-table__scroll').isVisible()));
		await figure.getByRole('button', { name: '表格' }).click();
		assert.ok(await figure.locator('.data-table__scroll').isVisible());
		assert.ok(!(await figure.locator('.data-table__charts').isVisible()));
		assert.equal(await figure.getByRole('button', { name: '表格' }).getAttribute('aria-pressed'), 'true');
		await figure.getByRole('button', { name: '图表' }).click();
		assert.ok(await figure.locator('.data-table__charts').isVisible());
	});

	test('downloads a CSV whose numbers match the table on the page', async () => {
		const page = await site.page(STATISTICS_CHAPTER);
		const figure = page.locator('figure.data-table');
		await figure.getByRole('button', { name: '表格' }).click();
		const shown = await figure.locator('tbody tr').evaluateAll((rows) =>
			rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')),
		);
		const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name: '下载 CSV' }).click()]);
		const bytes = readFileSync((await download.path()) as string);
		assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
		const rows = parseCsv(bytes.toString('utf8').slice(1));
		assert.deepEqual(rows[0]?.slice(0, 3), ['指标', '单位', '2012 年']);
		assert.equal(rows.length - 1, shown.length);
		shown.forEach((cells, r) => {
			cells.slice(2).forEach((text, c) => {
				const csv = rows[r + 1]?.[c + 2] ?? '';
				if (text === '—') assert.equal(csv, '—');
				else assert.equal(Number(csv), Number(text), `row ${r} column ${c + 2}`);
			});
		});
	});

	test('downloads the chart as SVG and as PNG', async () => {
		const page = await site.page(STATISTICS_CHAPTER);
		const chart = page.locator('figure.chart').first();
		const [svg] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: '下载 SVG' }).click()]);
		assert.match(readFileSync((await svg.path()) as string, 'utf8'), /<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		const [png] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: '下载 PNG' }).click()]);
		assert.deepEqual([...readFileSync((await png.path()) as string).subarray(1, 4)], [0x50, 0x4e, 0x47]);
		assert.equal(png.suggestedFilename(), 'stats-16-internet-penetration.png');
	});

	test('prints with the charts and the whole table on paper', async () => {
		const page = await site.page(STATISTICS_CHAPTER);
		await page.locator('figure.chart[data-live]').first().waitFor();
		await page.emulateMedia({ media: 'print' });
		assert.ok(await page.locator('figure.chart .chart__svg--wide svg').first().isVisible(), 'build-time SVG is printed');
		assert.ok(await page.locator('figure.data-table table').isVisible(), 'the table is printed even in chart view');
		const pdf = join(mkdtempSync(join(tmpdir(), 'chart-print-')), 'page.pdf');
		writeFileSync(pdf, await page.pdf({ format: 'A4' }));
		const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
		assert.match(text, /单位：亿人/, 'the chart axis is real text in the PDF');
		assert.match(text, /互联网上网人数/);
		assert.match(text, /73125/);
	});
});

describe('ECharts loading', () => {
	test('waits until a chart comes near the viewport', async () => {
		const page = await site.page(null);
		const requests = echartsRequests(page);
		await page.goto(site.url(CHART_BELOW_THE_FOLD));
		await page.waitForTimeout(300);
		assert.deepEqual(requests, [], 'no ECharts before scrolling');
		await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
		await page.locator('figure.chart[data-live]').first().waitFor();
		assert.equal(requests.length, 1);
	});

	test('hydrates each chart only as it is scrolled to', async () => {
		const page = await site.page(MANY_CHARTS);
		const charts = page.locator('figure.chart');
		assert.ok((await charts.count()) >= 4);
		await page.locator('figure.chart[data-live]').first().waitFor();
		assert.equal(await charts.last().getAttribute('data-live'), null);
		await charts.last().scrollIntoViewIfNeeded();
		await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].at(-1)?.getAttribute('data-live') === 'true');
		assert.ok(await charts.last().locator('.chart__live svg').isVisible());
	});

	test('transfers at most 180 KB (gzip) of ECharts, in one chunk that no page preloads', () => {
		const chunks = readdirSync(join(DIST, '_astro')).filter((file) => file.startsWith('chart-echarts') && file.endsWith('.js'));
		assert.equal(chunks.length, 1);
		const gzipped = gzipSync(readFileSync(join(DIST, '_astro', chunks[0] as string))).length;
		assert.ok(gzipped <= 180 * 1024, `ECharts chunk is ${gzipped} B gzipped`);
		assert.ok(gzipped > 100 * 1024, 'the chunk really holds ECharts');
	});

	test('never happens on a page without charts', async () => {
		const page = await site.page(null);
		const requests = echartsRequests(page);
		await page.goto(site.url(NO_TABLES));
		await page.mouse.wheel(0, 20000);
		await page.waitForTimeout(300);
		assert.deepEqual(requests, []);
		assert.equal(await page.locator('script[src*="ChartScripts"]').count(), 0);
	});
});

describe('phone and dark mode', () => {
	test('on a 390 px phone the page never scrolls sideways and the narrow SVG is used without JavaScript', async () => {
		const page = await site.page('/statistics/18/', { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		assert.ok(width <= 390, `page is ${width} px wide`);
		assert.ok(await page.locator('.chart__svg--narrow svg').first().isVisible());
		assert.ok(!(await page.locator('.chart__svg--wide svg').first().isVisible()));
		const box = page.locator('.data-table__scroll');
		assert.ok(await box.evaluate((element) => element.scrollWidth > element.clientWidth), 'the wide table scrolls inside its box');
	});

	test('dark mode re-colours chart text without a second SVG', async () => {
		const fillIn = async (colorScheme: 'light' | 'dark'): Promise<string> => {
			const page = await site.page(STATISTICS_CHAPTER, { colorScheme, javaScriptEnabled: false });
			return page.locator('.chart__svg--wide svg text[fill="#595959"]').first().evaluate((element) => getComputedStyle(element).fill);
		};
		assert.equal(await fillIn('light'), 'rgb(89, 89, 89)');
		assert.notEqual(await fillIn('dark'), 'rgb(89, 89, 89)');
	});
});

describe('data out', () => {
	test('each table has its own page with the table, its charts, provenance and a citation', async () => {
		const page = await site.page(STATISTICS_CHAPTER, { javaScriptEnabled: false });
		const tablePage = await page.locator('figure.data-table').getByRole('link', { name: '表格页' }).getAttribute('href');
		assert.match(tablePage ?? '', /^\/tables\/t\d{3}\/$/);
		await page.goto(site.url(tablePage as string));
		assert.equal(await page.locator('figure.chart').count(), 2);
		assert.match((await page.locator('.provenance').textContent()) ?? '', /第 568 页/);
		assert.equal(
			await page.locator('[data-cite-text]').textContent(),
			'《中国信息化年鉴》编委会. 中国信息化年鉴2017[M]. 北京: 电子工业出版社, 2018: 568.',
		);
	});

	test('the citation gives the full address the page was opened at', async () => {
		const page = await site.page(STATISTICS_CHAPTER);
		assert.equal(await page.locator('[data-cite-url]').textContent(), site.url(STATISTICS_CHAPTER));
	});

	test('the catalogue lists every table with downloads that exist', async () => {
		const page = await site.page('/data/');
		const rows = page.locator('.data-catalogue__table tbody tr');
		const count = await rows.count();
		assert.ok(count >= 90, `${count} tables listed`);
		const response = await page.request.get(site.url('/data/tables.json'));
		const bundle = (await response.json()) as { tables: { id: string }[] };
		assert.equal(bundle.tables.length, count);
		const json = await page.request.get(site.url(`/tables/${bundle.tables[0]?.id}.json`));
		assert.equal(json.status(), 200);
	});
});
