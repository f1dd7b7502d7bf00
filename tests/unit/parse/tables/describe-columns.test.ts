import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Cell } from '../../../../src/schemas/table.ts';
import { describeColumns, headerUnit, nameUnlabelledColumns, tableKindOf, tableUnitOf } from '../../../../scripts/lib/parse/tables/describe-columns.ts';
import { resolveCell } from '../../../../scripts/lib/parse/tables/resolve-cells.ts';

const rowsOf = (printed: string[][]): Cell[][] => printed.map((row) => row.map((p, i) => resolveCell(p, i === 0)));

describe('headerUnit', () => {
	test('reads a short bracketed unit at the end of the lowest label that has one', () => {
		assert.equal(headerUnit(['2012 年', '网民数 (万人)']), '万人');
		assert.equal(headerUnit(['软件业务收入（万元）']), '万元');
		assert.equal(headerUnit(['实现情况', '年均增长(%)']), '%');
		assert.equal(headerUnit(['电子商务销售额 (亿元)']), '亿元');
	});
	test('does not read an enumeration in brackets as a unit', () => {
		assert.equal(headerUnit(['省（自治区、直辖市）']), null);
		assert.equal(headerUnit(['2015 年']), null);
	});
});

describe('describeColumns', () => {
	test('marks numeric columns and gives them the header unit, else the table unit', () => {
		const rows = rowsOf([['北 京', '1458', '72.2'], ['天 津', '793', '—']]);
		const columns = describeColumns([['地区'], ['网民数 (万人)'], ['2016 年']], rows, '%');
		assert.deepEqual(columns.map((c) => [c.key, c.label, c.numeric, c.unit]), [
			['c0', '地区', false, null],
			['c1', '网民数 (万人)', true, '万人'],
			['c2', '2016 年', true, '%'],
		]);
	});
	test('keeps licence numbers as text: identifiers are not quantities', () => {
		const rows = rowsOf([['1', '人民网', '10120170001'], ['2', '新华网', '10120170002']]);
		const columns = describeColumns([['序号'], ['服务名称'], ['许可证编号']], rows, null);
		assert.deepEqual(columns.map((c) => c.numeric), [true, false, false]);
		assert.deepEqual(rows.map((r) => r[2]?.value), [null, null]);
		assert.deepEqual(rows.map((r) => r[0]?.value), [1, 2]);
	});
	test('treats a column of long fixed-width digit strings as identifiers whatever its header', () => {
		const rows = rowsOf([['a', '10120170001'], ['b', '10120170015']]);
		assert.equal(describeColumns([['名称'], ['证']], rows, null)[1]?.numeric, false);
	});
});

describe('nameUnlabelledColumns', () => {
	test('names an empty top-left header over years 年份', () => {
		const rows = rowsOf([['2011年', '52.93'], ['增长量', '5.43'], ['2012年', '58.36']]);
		const columns = nameUnlabelledColumns(describeColumns([[''], ['总指数']], rows, null), rows);
		assert.deepEqual(columns[0]?.path, ['年份']);
		assert.equal(columns[0]?.label, '年份');
	});
});

describe('tableKindOf and tableUnitOf', () => {
	test('call a table of numbers data, with a unit column counted as a label', () => {
		const rows = rowsOf([['请示文', '件', '4648'], ['发文', '件', '2102']]);
		const columns = describeColumns([['指标'], ['单位'], ['数量']], rows, null);
		assert.equal(tableKindOf(columns, rows), 'data');
		assert.equal(tableUnitOf(columns, null), null);
	});
	test('call a name list a list', () => {
		const rows = rowsOf([['1', '华为技术有限公司'], ['2', '联想集团']]);
		assert.equal(tableKindOf(describeColumns([['排名'], ['公司名称']], rows, null), rows), 'list');
	});
	test('take the printed unit, else the one unit all numeric columns share', () => {
		const rows = rowsOf([['北 京', '593.08', '386.00']]);
		const columns = describeColumns([['省'], ['电信业务总量（亿元）'], ['邮政业务总量（亿元）']], rows, null);
		assert.equal(tableUnitOf(columns, null), '亿元');
		assert.equal(tableUnitOf(columns, '%'), '%');
	});
});
