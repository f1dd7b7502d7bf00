import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { contentStore, readChartSpecs } from '../../../src/markdown/table/content-store.ts';
import { INTERNET_USERS } from '../charts/fixture-table.ts';

const root = mkdtempSync(join(tmpdir(), 'content-store-'));
after(() => rmSync(root, { recursive: true, force: true }));

function contentWith(specs: Record<string, unknown>): string {
	const dir = mkdtempSync(join(root, 'c-'));
	mkdirSync(join(dir, 'tables'));
	mkdirSync(join(dir, 'charts'));
	writeFileSync(join(dir, 'tables', 't900.json'), JSON.stringify({ ...INTERNET_USERS, id: 't900' }));
	for (const [name, spec] of Object.entries(specs)) writeFileSync(join(dir, 'charts', `${name}.json`), JSON.stringify(spec));
	return dir;
}

const good = { table: INTERNET_USERS.title, type: 'line', series: 'rows', rows: ['互联网上网人数'] };

describe('contentStore', () => {
	test('resolves specs to table ids and draws each table\'s charts once', () => {
		const store = contentStore(contentWith({ users: good }));
		assert.deepEqual(store.specs.map((spec) => [spec.name, spec.tableId]), [['users', 't900']]);
		const charts = store.chartsFor('t900');
		assert.equal(charts.length, 1);
		assert.equal(store.chartsFor('t900'), charts, 'cached');
		assert.deepEqual(store.chartsFor('t999'), []);
	});

	test('reports a spec that names no table or does not fit its table, and leaves it out', () => {
		const store = contentStore(
			contentWith({
				users: good,
				lost: { ...good, table: '不存在的表' },
				mixed: { ...good, rows: ['互联网普及率', '互联网上网人数'] },
			}),
		);
		assert.equal(store.chartsFor('t900').length, 1);
		assert.equal(store.problems.length, 2);
		assert.match(store.problems.join('\n'), /lost\.json: No table is titled "不存在的表"/);
		assert.match(store.problems.join('\n'), /mixed\.json: .*mixes units/);
	});
});

describe('readChartSpecs', () => {
	test('names the file of a malformed spec', () => {
		const dir = contentWith({ broken: { table: 'x', type: 'pie', series: 'rows' } });
		assert.throws(() => readChartSpecs(join(dir, 'charts')), /content\/charts\/broken\.json is not a valid chart spec/);
	});

	test('rejects unknown fields, so a typo never passes silently', () => {
		const dir = contentWith({ typo: { ...good, colums: ['2016 年'] } });
		assert.throws(() => readChartSpecs(join(dir, 'charts')), /typo\.json/);
	});
});
