/**
 * Every hand-written chart spec (content/charts/*.json) against the REAL parsed book: it validates,
 * names exactly one table, builds an option and renders; and every numeric table of 基础数据篇 and
 * 两化融合篇 has at least one chart.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { extractChartData } from '../../../src/charts/chart-data.ts';
import { renderChart } from '../../../src/charts/render-chart-figure.ts';
import { findTable } from '../../../src/charts/table-lookup.ts';
import { readChartSpecs } from '../../../src/markdown/table/content-store.ts';
import type { Table } from '../../../src/schemas/table.ts';
import { parsedBook } from '../../support/book.ts';

const CHARTS_DIR = join(import.meta.dirname, '../../../content/charts');
const specs = readChartSpecs(CHARTS_DIR);
const tables = parsedBook().tables;
const isNumeric = (table: Table): boolean => table.kind === 'data' && table.columns.some((column, index) => index > 0 && column.numeric);
const chartedIds = new Set(specs.map((named) => findTable(named.spec, tables).id));

describe('chart specs in content/charts', () => {
	test('there are specs, and all of them validate (readChartSpecs throws on the first bad one)', () => {
		assert.ok(specs.length >= 56, `only ${specs.length} specs`);
	});

	test('each names exactly one table of the parsed book', () => {
		for (const named of specs) assert.doesNotThrow(() => findTable(named.spec, tables), named.name);
	});

	test('each builds an option and renders both SVG sizes', () => {
		for (const named of specs) {
			const chart = renderChart(named, findTable(named.spec, tables));
			assert.match(chart.wideSvg, /^<svg[^>]+viewBox="0 0 720 /, named.name);
			assert.match(chart.narrowSvg, /^<svg[^>]+viewBox="0 0 360 /, named.name);
			assert.ok(chart.wide.data.series.every((series) => series.values.some((value) => value !== null)), `${named.name} draws an empty series`);
		}
	});

	test('every numeric table of 基础数据篇 (30) and 两化融合篇 (26) has at least one chart', () => {
		const required = tables.filter((table) => (table.part === 'statistics' || table.part === 'integration') && isNumeric(table));
		assert.equal(required.filter((table) => table.part === 'statistics').length, 30);
		assert.equal(required.filter((table) => table.part === 'integration').length, 26);
		const missing = required.filter((table) => !chartedIds.has(table.id)).map((table) => `${table.id} ${table.title}`);
		assert.deepEqual(missing, []);
	});

	test('uses lines for time series, sorted bars for provinces and countries, grouped bars for 2015 vs 2016', () => {
		const typeOf = (name: string) => specs.find((named) => named.name === name)?.spec.type;
		assert.equal(typeOf('stats-16-internet-users'), 'line');
		assert.equal(typeOf('stats-18-penetration-by-province'), 'ranking');
		assert.equal(typeOf('stats-30-secure-servers'), 'ranking');
		assert.equal(typeOf('integration-03-index'), 'bar');
	});
});

describe('charts read the real numbers', () => {
	const dataOf = (name: string) => {
		const named = specs.find((spec) => spec.name === name);
		assert.ok(named, name);
		return extractChartData(named.spec, findTable(named.spec, tables));
	};

	test('网民规模 ends at 73125 万人 in 2016', () => {
		const data = dataOf('stats-16-internet-users');
		assert.equal(data.unit, '万人');
		assert.deepEqual(data.series[0]?.values, [56400, 61758, 64875, 68826, 73125]);
	});

	test('4G users are gaps before 2014, not zeros', () => {
		const fourG = dataOf('stats-10-phone-users').series.find((series) => series.name === '4G 移动电话用户');
		assert.deepEqual(fourG?.values.slice(0, 2), [null, null]);
	});

	test('北京 leads internet penetration in 2016 with 77.8 %', () => {
		const data = dataOf('stats-18-penetration-by-province');
		assert.equal(data.categories[0], '北京');
		assert.equal(data.series[0]?.values[0], 77.8);
		assert.equal(data.categories.length, 31);
	});

	test('country rankings keep 中国 highlighted among the top 20', () => {
		const data = dataOf('stats-28-broadband-per-1000');
		const china = data.categories.findIndex((category) => category === '中国' || category.startsWith('中国（第'));
		assert.ok(china >= 0 && data.highlighted[china]);
		assert.ok(data.categories.length <= 22);
	});

	test('the national 两化融合 index runs 2011—2016 with the corrected labels and ends at 75.75', () => {
		const data = dataOf('integration-02-national-index');
		assert.deepEqual(data.categories, ['2011年', '2012年', '2013年', '2014年', '2015年', '2016年']);
		assert.equal(data.series.find((series) => series.name === '总指数')?.values.at(-1), 75.75);
	});
});
