import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { headerRowCount, resolveHeader, sameHeaderRow } from '../../../../scripts/lib/parse/tables/resolve-header.ts';
import { linesOf } from './lines.ts';

describe('headerRowCount', () => {
	test('is two when the second line starts with an empty cell', () => {
		assert.equal(headerRowCount(linesOf('地 区⇥2012 年⇥\n⇥网民数 (万人)⇥普及率 (%)\n北 京⇥1458⇥72.2\n')), 2);
	});
	test('is one when the second line is data, even under an empty top-left cell', () => {
		assert.equal(headerRowCount(linesOf('⇥基础环境 指数⇥总指数\n2011年⇥52.93⇥52.73\n增长量⇥5.43⇥6.34\n')), 1);
	});
});

describe('resolveHeader', () => {
	test('reads a label followed by empty cells as a horizontal span', () => {
		const header = resolveHeader([
			['地 区', '2012 年', '', '2013 年', ''],
			['', '网民数 (万人)', '普及率 (%)', '网民数 (万人)', '普及率 (%)'],
		]);
		assert.deepEqual(header.paths, [['地区'], ['2012 年', '网民数 (万人)'], ['2012 年', '普及率 (%)'], ['2013 年', '网民数 (万人)'], ['2013 年', '普及率 (%)']]);
		assert.deepEqual(header.display, [
			[
				{ text: '地区', colspan: 1, rowspan: 2 },
				{ text: '2012 年', colspan: 2, rowspan: 1 },
				{ text: '2013 年', colspan: 2, rowspan: 1 },
			],
			[
				{ text: '网民数 (万人)', colspan: 1, rowspan: 1 },
				{ text: '普及率 (%)', colspan: 1, rowspan: 1 },
				{ text: '网民数 (万人)', colspan: 1, rowspan: 1 },
				{ text: '普及率 (%)', colspan: 1, rowspan: 1 },
			],
		]);
	});
	test('reads an empty bottom cell as a label spanning both rows', () => {
		const header = resolveHeader([
			['行 业', '有电子商务交易活动', '', '电子商务销售额 (亿元)', '电子商务采购额 (亿元)'],
			['', '企业数 (个)', '比重 (%)', '', ''],
		]);
		assert.deepEqual(header.paths, [['行业'], ['有电子商务交易活动', '企业数 (个)'], ['有电子商务交易活动', '比重 (%)'], ['电子商务销售额 (亿元)'], ['电子商务采购额 (亿元)']]);
		assert.deepEqual(header.display[0]?.map((c) => [c.text, c.colspan, c.rowspan]), [
			['行业', 1, 2],
			['有电子商务交易活动', 2, 1],
			['电子商务销售额 (亿元)', 1, 2],
			['电子商务采购额 (亿元)', 1, 2],
		]);
		assert.deepEqual(header.display[1]?.map((c) => c.text), ['企业数 (个)', '比重 (%)']);
	});
	test('collapses CJK spacing in a one-row header and keeps each cell as a column', () => {
		const header = resolveHeader([['省（自治区、直辖市）', '软件业务收入 （万元）']]);
		assert.deepEqual(header.paths, [['省（自治区、直辖市）'], ['软件业务收入（万元）']]);
		assert.deepEqual(header.display, [[{ text: '省（自治区、直辖市）', colspan: 1, rowspan: 1 }, { text: '软件业务收入（万元）', colspan: 1, rowspan: 1 }]]);
	});
});

describe('sameHeaderRow', () => {
	test('ignores spacing but not wording', () => {
		assert.equal(sameHeaderRow(['项目名称', '主要完成单位', '等级'], ['项目名称', '主要完成单位', '等 级']), true);
		assert.equal(sameHeaderRow(['项目名称', '完成单位', '等级'], ['项目名称', '主要完成单位', '等级']), false);
	});
});
