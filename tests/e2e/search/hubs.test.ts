import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { consoleErrors, openSite, type Site } from '../harness.ts';
import { CONTENT, DIST } from '../support/paths.ts';
import { REGIONS } from '../../../src/search/regions.ts';
import { MINISTRIES } from '../../../src/search/ministries.ts';
import { TableSchema, type Table } from '../../../src/schemas/table.ts';

let site: Site;
before(async () => {
	site = await openSite();
});
after(() => site.close());

const tables = new Map<string, Table>(
	readdirSync(join(CONTENT, 'tables'))
		.filter((f) => f.endsWith('.json'))
		.map((f) => {
			const table = TableSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'tables', f), 'utf8')));
			return [table.id, table];
		}),
);

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

test('every region and every ministry has a hub, listed on /region/ and /ministry/', () => {
	const regionIndex = html('region');
	for (const region of REGIONS) {
		assert.ok(existsSync(join(DIST, 'region', region.slug, 'index.html')), region.slug);
		assert.ok(regionIndex.includes(`href="/region/${region.slug}/"`), region.slug);
	}
	const ministryIndex = html('ministry');
	for (const ministry of MINISTRIES) {
		assert.ok(existsSync(join(DIST, 'ministry', ministry.slug, 'index.html')), ministry.slug);
		assert.ok(ministryIndex.includes(`href="/ministry/${ministry.slug}/"`), ministry.slug);
	}
});

test("every number a region hub quotes is the region's own cell in content/tables", () => {
	let checked = 0;
	for (const region of REGIONS) {
		const page = html(join('region', region.slug));
		for (const [, tableId, body] of page.matchAll(/data-hub-table="(t\d+)"([\s\S]*?)<\/section>/g)) {
			const table = tables.get(tableId!);
			assert.ok(table, tableId);
			const row = table.rows.find((r) => r.kind === 'data' && region.names.includes((r.cells[0]?.text ?? '').replace(/\s+/g, '').replace(/\*+$/, '')));
			assert.ok(row, `${region.name} has no row in ${tableId}`);
			for (const [, key, value] of body!.matchAll(/data-key="(c\d+)" data-value="([^"]*)"/g)) {
				const column = table.columns.findIndex((c) => c.key === key);
				const expected: number | null | undefined = row.cells[column]?.value;
				assert.equal(value === '' ? null : Number(value), expected ?? null, `${region.slug} ${tableId} ${key}`);
				checked += 1;
			}
		}
	}
	assert.ok(checked > 31 * 30, `${checked} numbers checked`);
});

test('a hub page shows its chapters, table rows with ranks, events and mentions', async () => {
	const page = await site.page('/region/guangdong/');
	assert.equal(await page.locator('main h1').textContent(), '广东省');
	const own = await page.locator('.hub-own a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	assert.deepEqual(own, ['/regions/18/', '/integration/21/']);
	assert.ok((await page.locator('[data-hub-table]').count()) >= 7);
	assert.match((await page.locator('.hub-table__rank').first().textContent()) ?? '', /第 \d+ \/ \d+/);
	assert.ok((await page.locator('.hub-mentions li').count()) > 0);
	await page.screenshot({ path: '/tmp/shots/hub-guangdong.png', fullPage: true });
	assert.deepEqual(consoleErrors(page), []);
});

test('a ministry hub shows its own 部委篇 chapter and what it issued', async () => {
	const page = await site.page('/ministry/cac/');
	assert.equal(await page.locator('main h1').textContent(), '国家互联网信息办公室');
	assert.ok((await page.locator('ul.hub-docs li').count()) > 0);
	const moe = await site.page('/ministry/moe/');
	assert.deepEqual(await moe.locator('.hub-own a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), ['/ministries/01/']);
});
