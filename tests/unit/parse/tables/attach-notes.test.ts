import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attachNotes } from '../../../../scripts/lib/parse/tables/attach-notes.ts';
import { linesOf } from './lines.ts';

/** Footer of the table whose last row is the last TAB line of `text`. */
function footerOf(text: string) {
	const lines = linesOf(text);
	const after = lines.findLastIndex((l) => l.kind === 'table-row') + 1;
	const footer = attachNotes(lines, after);
	return { ...footer, consumed: Object.fromEntries(footer.consumed) };
}

describe('attachNotes', () => {
	test('takes 注 lines and then source lines, across blank and space-only lines', () => {
		const footer = footerOf('甲⇥乙\n\n \n注：通信业务总量按 2010 年不变价格计算。\n\n数据来源:《中国统计年鉴》\n\n正文。\n');
		assert.deepEqual(footer.notes, ['注：通信业务总量按 2010 年不变价格计算。']);
		assert.deepEqual(footer.sources, ['数据来源:《中国统计年鉴》']);
		assert.deepEqual(footer.consumed, { 4: 'table-note', 6: 'table-source' });
	});
	test('leaves a source line that follows a figure caption to the figure', () => {
		const footer = footerOf('甲⇥乙\n\n \n\n\n图 1 2015—2016 年北京市两化融合指数情况\n\n数据来源：中国电子信息产业发展研究院\n');
		assert.deepEqual(footer.sources, []);
		assert.deepEqual(footer.consumed, {});
	});
	test('does not take a 注 line printed after the sources', () => {
		const footer = footerOf('甲⇥乙\n\n资料来源：国家能源局\n\n注：另一段说明。\n');
		assert.deepEqual(footer.sources, ['资料来源：国家能源局']);
		assert.deepEqual(footer.notes, []);
	});
});
