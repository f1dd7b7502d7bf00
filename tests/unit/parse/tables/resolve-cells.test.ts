import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyRow, resolveCell } from '../../../../scripts/lib/parse/tables/resolve-cells.ts';

describe('resolveCell', () => {
	test('collapses spaced names and keeps the printed text', () => {
		assert.deepEqual(resolveCell('内 蒙 古', true), { text: '内蒙古', value: null, printed: '内 蒙 古' });
	});
	test('moves a footnote marker off a row label', () => {
		assert.deepEqual(resolveCell('固定资产投资*', true), { text: '固定资产投资', value: null, printed: '固定资产投资*', marker: '*' });
		assert.deepEqual(resolveCell('邮政业务收入**', true), { text: '邮政业务收入', value: null, printed: '邮政业务收入**', marker: '**' });
	});
	test('leaves stars alone outside the row label', () => {
		assert.equal(resolveCell('a*', false).text, 'a*');
	});
	test('records the qualifier of a special value', () => {
		assert.deepEqual(resolveCell('—', false), { text: '—', value: null, printed: '—', qualifier: 'missing' });
		assert.deepEqual(resolveCell('↓ 3.11', false), { text: '↓ 3.11', value: -3.11, printed: '↓ 3.11' });
	});
});

describe('classifyRow', () => {
	test('reads a row with only a 注 label as a note printed in the grid', () => {
		assert.equal(classifyRow(['注: () 表示五年累计数。', '', '', '', '']), 'note');
	});
	test('reads a row with only a label as a group label', () => {
		assert.equal(classifyRow(['信息技术与产业', '', '', '']), 'group');
	});
	test('reads anything else as data, including a two-column row with an empty cell', () => {
		assert.equal(classifyRow(['信息消费增长率', '', '29%']), 'data');
		assert.equal(classifyRow(['项目', '']), 'data');
		assert.equal(classifyRow(['2', '', '徐州工程机械集团有限公司']), 'data');
	});
});
