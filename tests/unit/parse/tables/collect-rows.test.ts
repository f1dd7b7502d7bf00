import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collectRows } from '../../../../scripts/lib/parse/tables/collect-rows.ts';
import { findTableBlocks } from '../../../../scripts/lib/parse/tables/find-table-blocks.ts';
import { linesOf } from './lines.ts';

function collect(text: string) {
	const [draft] = findTableBlocks(linesOf(text)).drafts;
	if (!draft) throw new Error('no table in input');
	const collected = collectRows(draft);
	return { ...collected, consumed: Object.fromEntries(collected.consumed) };
}

describe('collectRows', () => {
	test('drops the header a 续表 block repeats, even when spaced differently', () => {
		const collected = collect('项目名称⇥等级\n甲⇥一等奖\n\n续表\n\n项目名称⇥等 级\n乙⇥二等奖\n');
		assert.deepEqual(collected.header, [['项目名称', '等级']]);
		assert.deepEqual(collected.rows, [{ line: 2, cells: ['甲', '一等奖'] }, { line: 7, cells: ['乙', '二等奖'] }]);
		assert.deepEqual(collected.consumed, { 1: 'table-header', 2: 'table-row', 6: 'dropped:repeated-header', 7: 'table-row' });
		assert.deepEqual(collected.diagnostics, []);
	});
	test('drops both rows of a repeated two-row header', () => {
		const collected = collect('指 标⇥规划目标⇥\n⇥2015年⇥年均增长(%)\n甲⇥1⇥2\n\n续表\n\n指 标⇥规划目标⇥\n⇥2015 年⇥年均增长 (%)\n乙⇥3⇥4\n');
		assert.equal(collected.header.length, 2);
		assert.deepEqual(collected.rows.map((r) => r.line), [3, 9]);
		assert.equal(collected.consumed[8], 'dropped:repeated-header');
	});
	test('reports a 续表 block that does not repeat the header and keeps its lines as rows', () => {
		const collected = collect('项目名称⇥主要完成单位\n甲⇥一\n\n续表\n\n项目名称⇥完成单位\n乙⇥二\n');
		assert.deepEqual(collected.diagnostics.map((d) => [d.code, d.line]), [['TABLE_HEADER_MISMATCH', 6]]);
		assert.deepEqual(collected.rows.map((r) => r.line), [2, 6, 7]);
	});
	test('reports a row of the wrong width and keeps all its text', () => {
		const collected = collect('甲⇥乙⇥丙\n1⇥2\n3⇥4⇥5⇥6\n');
		assert.deepEqual(collected.diagnostics.map((d) => [d.code, d.line]), [['TABLE_ROW_WIDTH', 2], ['TABLE_ROW_WIDTH', 3]]);
		assert.deepEqual(collected.rows.map((r) => r.cells), [['1', '2', ''], ['3', '4', '5 6']]);
	});
});
