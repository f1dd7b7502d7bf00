import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TableSchema } from '../../../../src/schemas/table.ts';
import { extractTables } from '../../../../scripts/lib/parse/tables/index.ts';
import { chapterContext, linesOf } from './lines.ts';

const CHAPTER = [
	'2012—2016 年全国主要电子信息产品产量情况', // 1
	'',
	'单位：万台', // 3
	'',
	'指 标⇥2015 年⇥2016 年', // 5
	'彩色电视机⇥14475.73⇥15769.64',
	'数字激光视盘机*⇥7226⇥6600',
	'',
	'续表', // 9
	'',
	'指 标⇥2015 年⇥2016 年', // 11
	'微型计算机⇥31418.70⇥—',
	'',
	'注：带“*”数据来自工业和信息化部。', // 14
	'',
	'数据来源：《中国统计年鉴》', // 16
	'',
	'正文一段。', // 18
	'',
	'甲⇥乙', // 20
	'1⇥2',
].join('\n');

describe('extractTables', () => {
	const result = extractTables(linesOf(CHAPTER), chapterContext([1]));
	const [first, second] = result.tables;

	test('builds one schema-valid table per logical table, ids in source order', () => {
		assert.deepEqual(result.tables.map((t) => t.id), ['t001', 't002']);
		for (const table of result.tables) assert.equal(TableSchema.safeParse(table).success, true);
		assert.deepEqual(result.placements, [{ line: 5, tableId: 't001' }, { line: 20, tableId: 't002' }]);
	});
	test('merges the continuation and reads caption, unit, notes and sources', () => {
		assert.equal(first?.title, '2012—2016 年全国主要电子信息产品产量情况');
		assert.equal(first?.unit, '万台');
		assert.deepEqual(first?.blocks, [[5, 7], [11, 12]]);
		assert.deepEqual(first?.sourceLines, [3, 16]);
		assert.deepEqual(first?.rows.map((r) => r.cells[0]?.text), ['彩色电视机', '数字激光视盘机', '微型计算机']);
		assert.deepEqual(first?.notes, ['注：带“*”数据来自工业和信息化部。']);
		assert.deepEqual(first?.sources, ['数据来源：《中国统计年鉴》']);
		assert.deepEqual(first?.columns.map((c) => c.unit), [null, '万台', '万台']);
		assert.equal(first?.page, 7);
		assert.equal(first?.part, 'statistics');
	});
	test('accounts for every line it used or dropped, and for nothing else', () => {
		assert.deepEqual(Object.fromEntries(result.consumed), {
			3: 'table-unit',
			5: 'table-header',
			6: 'table-row',
			7: 'table-row',
			9: 'dropped:continued-table-marker',
			11: 'dropped:repeated-header',
			12: 'table-row',
			14: 'table-note',
			16: 'table-source',
			20: 'table-header',
			21: 'table-row',
		});
	});
	test('warns about a table with no title and does not take the paragraph above', () => {
		assert.equal(second?.title, '');
		assert.deepEqual(result.diagnostics.map((d) => [d.code, d.line, d.severity]), [['TABLE_WITHOUT_TITLE', 20, 'warning']]);
	});
});
