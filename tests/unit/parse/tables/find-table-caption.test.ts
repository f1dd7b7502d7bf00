import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTableCaption } from '../../../../scripts/lib/parse/tables/find-table-caption.ts';
import { linesOf } from './lines.ts';

/** Caption of the first TAB line in `text`, with `titleLines` as the chapter title. */
function captionOf(text: string, titleLines: number[] = [], taken: number[] = []) {
	const lines = linesOf(text);
	const start = lines.findIndex((l) => l.kind === 'table-row');
	const caption = findTableCaption(lines, start, titleLines, new Set(taken));
	return { ...caption, consumed: Object.fromEntries(caption.consumed) };
}

describe('findTableCaption', () => {
	test('splits a spaced 表 N title into number and title', () => {
		const caption = captionOf('表 1 2016 年办公自动化系统业务量统计\n\n指 标⇥数 量\n');
		assert.equal(caption.number, '表 1');
		assert.equal(caption.title, '2016 年办公自动化系统业务量统计');
		assert.deepEqual(caption.consumed, { 1: 'table-title' });
		assert.equal(caption.firstLine, 1);
	});
	test('reads a compact 表N title', () => {
		const caption = captionOf('表1 2011—2016年信息消费规模\n\n项 目⇥2011年\n');
		assert.equal(caption.number, '表 1');
		assert.equal(caption.title, '2011—2016年信息消费规模');
	});
	test('joins a numbered title wrapped onto the next line', () => {
		const caption = captionOf('表 2 2016 年冶金企业管理现代化创新成果\n(信息化、自动化)\n\n项目名称⇥等 级\n');
		assert.equal(caption.number, '表 2');
		assert.equal(caption.title, '2016 年冶金企业管理现代化创新成果(信息化、自动化)');
		assert.deepEqual(caption.consumed, { 1: 'table-title', 2: 'table-title' });
	});
	test('takes the chapter title when the table stands right under it, with a unit line', () => {
		const caption = captionOf('2013—2016 年全国居民家庭平均每百户固定电话、 移动电话\n\n单位：台/百户\n\n指 标⇥2013 年\n', [1]);
		assert.equal(caption.title, '2013—2016 年全国居民家庭平均每百户固定电话、移动电话');
		assert.equal(caption.unit, '台/百户');
		assert.equal(caption.number, null);
		assert.deepEqual(caption.consumed, { 3: 'table-unit' });
		assert.equal(caption.firstLine, 3);
	});
	test('joins a chapter title printed on two lines', () => {
		const caption = captionOf('2012—2016 年全国电子信息产品制造业\n\n主要经济指标完成情况\n\n指 标⇥单 位\n', [1, 3]);
		assert.equal(caption.title, '2012—2016 年全国电子信息产品制造业主要经济指标完成情况');
		assert.deepEqual(caption.consumed, {});
	});
	test('takes a sub-label inside an article as the title', () => {
		const caption = captionOf('2016 年中国政府网站绩效评估排名\n\n（一）国务院组成部门网站排名前 15 名\n\n排 名⇥名 称\n', [1]);
		assert.equal(caption.title, '（一）国务院组成部门网站排名前 15 名');
		assert.deepEqual(caption.consumed, { 3: 'table-title' });
	});
	test('reads an 附件 label above the title', () => {
		const caption = captionOf('附件\n\n重点任务分工方案\n\n序号⇥重点工作\n');
		assert.equal(caption.number, '附件');
		assert.equal(caption.title, '重点任务分工方案');
		assert.deepEqual(caption.consumed, { 1: 'table-title', 3: 'table-title' });
		assert.equal(caption.firstLine, 1);
	});
	test('does not take a sentence or a line another table used as the title', () => {
		assert.equal(captionOf('信息基础设施达到全球领先水平（见表2）。\n\n指 标⇥2015 年\n').titled, false);
		assert.equal(captionOf('2016 年概况\n\n指 标⇥2015 年\n', [], [1]).titled, false);
	});
});
