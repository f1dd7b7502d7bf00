import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCellValue } from '../../../../scripts/lib/parse/tables/parse-cell-value.ts';

describe('parseCellValue', () => {
	test('reads plain decimals', () => {
		assert.deepEqual(parseCellValue('279597.5'), { value: 279597.5 });
		assert.deepEqual(parseCellValue('0.6'), { value: 0.6 });
	});
	test('reads arrows as signed changes', () => {
		assert.deepEqual(parseCellValue('↑6.94'), { value: 6.94 });
		assert.deepEqual(parseCellValue('↑ 2.58'), { value: 2.58 });
		assert.deepEqual(parseCellValue('↓ 3.11'), { value: -3.11 });
	});
	test('drops a percent sign printed in the cell', () => {
		assert.deepEqual(parseCellValue('29%'), { value: 29 });
		assert.deepEqual(parseCellValue('14.3%'), { value: 14.3 });
	});
	test('reads bracketed values as cumulative', () => {
		assert.deepEqual(parseCellValue('（55）'), { value: 55, qualifier: 'cumulative' });
		assert.deepEqual(parseCellValue('(2.8)'), { value: 2.8, qualifier: 'cumulative' });
	});
	test('keeps bounds as qualifiers without a value', () => {
		assert.deepEqual(parseCellValue('>79'), { value: null, qualifier: 'greater' });
		assert.deepEqual(parseCellValue('<1'), { value: null, qualifier: 'less' });
		assert.deepEqual(parseCellValue('(>15)'), { value: null, qualifier: 'greater' });
	});
	test('keeps ratios without a value', () => {
		assert.deepEqual(parseCellValue('32/28'), { value: null, qualifier: 'ratio' });
	});
	test('reads the total of a number followed by its breakdown', () => {
		assert.deepEqual(parseCellValue('25 (国家知识产权局 12 次, 地方知识产权局 13 次)'), { value: 25 });
	});
	test('marks the dash as missing and leaves blanks and text without a value', () => {
		assert.deepEqual(parseCellValue('—'), { value: null, qualifier: 'missing' });
		assert.deepEqual(parseCellValue(''), { value: null });
		assert.deepEqual(parseCellValue('2011年'), { value: null });
		assert.deepEqual(parseCellValue('2150 宽板坯连铸机关键技术及应用'), { value: null });
		assert.deepEqual(parseCellValue('1. 信息化发展指数'), { value: null });
	});
});
