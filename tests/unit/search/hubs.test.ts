import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TableSchema, type Table } from '../../../src/schemas/table.ts';
import { eventsNaming, labelNames, ownChapters, tableRows, type HubChapter } from '../../../src/search/hubs.ts';
import { isRegionLabel, regionEntity } from '../../../src/search/hub-entities.ts';
import { REGIONS } from '../../../src/search/regions.ts';
import { EventsSchema } from '../../../src/schemas/event.ts';
import { book, body, chapters } from './book-fixture.ts';

const CONTENT = join(import.meta.dirname, '..', '..', '..', process.env['YEARBOOK_CONTENT_DIR'] ?? 'content');
const tables: Table[] = readdirSync(join(CONTENT, 'tables'))
	.filter((f) => f.endsWith('.json'))
	.map((f) => TableSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'tables', f), 'utf8'))));
const events = EventsSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'events.json'), 'utf8')));
const partTitle = new Map(book.parts.map((p) => [p.id, p.title]));
const hubChapters: HubChapter[] = chapters().map(({ partId, node }) => ({
	id: node.id,
	title: node.title,
	url: node.url,
	partId,
	partTitle: partTitle.get(partId) ?? '',
	body: body(node),
}));
const region = (slug: string) => {
	const found = REGIONS.find((r) => r.slug === slug);
	assert.ok(found, slug);
	return regionEntity(found);
};

describe('labelNames', () => {
	test('matches a row label with wrap spaces or a footnote star', () => {
		assert.ok(labelNames('北 京', region('beijing')));
		assert.ok(labelNames('内蒙古*', region('neimenggu')));
		assert.ok(!labelNames('北京市海淀区', region('beijing')));
	});
});

describe('tableRows', () => {
	const small: Table = TableSchema.parse({
		id: 't900', number: '表 1', title: '测试', chapter: 'x', part: 'statistics', unit: null, kind: 'data',
		columns: [
			{ key: 'c0', label: '地区', path: ['地区'], unit: null, numeric: false },
			{ key: 'c1', label: '用户', path: ['用户'], unit: '万户', numeric: true },
		],
		header: [[{ text: '地区', colspan: 1, rowspan: 1 }, { text: '用户', colspan: 1, rowspan: 1 }]],
		rows: ['北京:5', '天津:9', '河北:7', '山西:1', '广东:12', '全国:34'].map((pair, i) => {
			const [label, value] = pair.split(':');
			return { kind: 'data', sourceLine: i + 1, cells: [{ text: label, value: null, printed: label }, { text: value, value: Number(value), printed: value }] };
		}),
		notes: [], sources: [], sourceLines: [1, 7], blocks: [[1, 7]], page: null,
	});

	test('ranks the value among the region rows only (not the national total)', () => {
		const [row] = tableRows([small], region('hebei'), isRegionLabel);
		assert.ok(row);
		assert.deepEqual({ rank: row.cells[0]?.rank, peers: row.cells[0]?.peers, value: row.cells[0]?.value }, { rank: 3, peers: 5, value: 7 });
		assert.equal(row.cells[0]?.share, 7 / 12);
	});

	test('skips a table without a row for the region', () => {
		assert.deepEqual(tableRows([small], region('xizang'), isRegionLabel), []);
	});
});

describe('hubs on the real book', () => {
	test('every province of the 31 gets its row in every provincial table of 基础数据篇', () => {
		const provincial = tables.filter((t) => t.rows.filter((r) => r.kind === 'data' && isRegionLabel(r.cells[0]?.text ?? '')).length >= 30);
		assert.ok(provincial.length >= 6, `${provincial.length} provincial tables`);
		for (const slug of ['beijing', 'guangdong', 'ningxia', 'xinjiang']) {
			const rows = tableRows(tables, region(slug), isRegionLabel);
			for (const table of provincial) assert.ok(rows.some((r) => r.tableId === table.id), `${slug} missing from ${table.id}`);
		}
	});

	test("Guangdong's values and ranks match the table JSON", () => {
		const rows = tableRows(tables, region('guangdong'), isRegionLabel);
		for (const row of rows) {
			const table = tables.find((t) => t.id === row.tableId)!;
			const own = table.rows.find((r) => r.kind === 'data' && labelNames(r.cells[0]?.text ?? '', region('guangdong')))!;
			row.cells.forEach((cell, i) => assert.equal(cell.value, own.cells[i + 1]?.value ?? null, `${table.id} ${cell.label}`));
		}
		const internet = rows.find((r) => r.title.includes('网民规模'));
		assert.equal(internet?.cells.at(-2)?.rank, 1, '广东 has the most 网民 in 2016');
	});

	test('each chapter of 地区发展篇 and 两化融合篇 about a place is the own chapter of exactly the hub whose full name starts its title', () => {
		const owners = new Map<string, string[]>();
		for (const r of REGIONS) {
			for (const chapter of ownChapters(hubChapters, regionEntity(r), ['regions', 'integration'])) {
				owners.set(chapter.id, [...(owners.get(chapter.id) ?? []), r.slug]);
			}
		}
		const placeChapters = hubChapters.filter((c) => (c.partId === 'regions' || c.partId === 'integration') && !/^(两化融合发展概述|我国)/.test(c.title));
		assert.equal(placeChapters.length, 58);
		for (const chapter of placeChapters) {
			const slugs = owners.get(chapter.id) ?? [];
			assert.equal(slugs.length, 1, `${chapter.title}: ${slugs.join(', ')}`);
			const owner = REGIONS.find((r) => r.slug === slugs[0])!;
			assert.ok(chapter.title.startsWith(owner.fullName), `${chapter.title} → ${owner.fullName}`);
		}
	});

	test('finds 大事记 events naming a region', () => {
		const tianjin = eventsNaming(events, region('tianjin'));
		assert.ok(tianjin.some((e) => e.id === 'ev-001'));
		assert.ok(tianjin.every((e) => e.text.includes('天津')));
	});
});
