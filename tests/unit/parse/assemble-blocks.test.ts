import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleBlocks, joinHalves, type ChapterShape } from '../../../scripts/lib/parse/assemble-blocks.ts';
import { lines } from '../../support/source-lines.ts';

const ARTICLE: ChapterShape = { inLaw: false, hasByline: false, mayHaveSignature: false };
const assemble = (text: string, shape: Partial<ChapterShape> = {}, tables = new Map<number, string>()) =>
	assembleBlocks(lines(text), tables, { ...ARTICLE, ...shape });
const summary = (text: string, shape: Partial<ChapterShape> = {}) =>
	assemble(text, shape).blocks.map((b) => ('text' in b ? `${b.type}:${b.text}` : b.type === 'figure' ? `figure:${b.caption}|${b.source ?? ''}` : b.type));

describe('assembleBlocks', () => {
	test('rejoins a paragraph cut by a page break', () => {
		const result = assemble('要加快建设数字中国，推动信\n\n息技术与经济社会发展深度融合。');
		assert.deepEqual(result.blocks.map((b) => 'text' in b && b.text), ['要加快建设数字中国，推动信息技术与经济社会发展深度融合。']);
		assert.equal(result.joins, 1);
	});
	test('rejoins halves with no blank line between them', () => {
		assert.deepEqual(summary('泰山玻璃纤维有限公司\n(以下简称泰山玻纤) 总经理助理。'), ['paragraph:泰山玻璃纤维有限公司(以下简称泰山玻纤) 总经理助理。']);
	});
	test('does not join a short label or a name to the text after it', () => {
		assert.deepEqual(summary('本篇作者简介\n\n\n\n智斌海\n\n1988年7月毕业于西北大学。'), ['paragraph:本篇作者简介', 'paragraph:智斌海', 'paragraph:1988年7月毕业于西北大学。']);
	});
	test('does not join after a complete sentence', () => {
		assert.equal(assemble('第一句。\n\n第二句。').blocks.length, 2);
	});
	test('does not join after a colon that introduces a list', () => {
		assert.equal(assemble('应当具备下列条件：\n\n（一）有专职人员；').blocks.length, 2);
	});
	test('puts a space only between two Latin letters or digits', () => {
		assert.equal(joinHalves('智慧城市(City', 'Digital)'), '智慧城市(City Digital)');
		assert.equal(joinHalves('金额为17.06', '万亿元'), '金额为17.06万亿元');
	});
	test('does not join into a heading, a caption or a source line', () => {
		assert.deepEqual(summary('总投资 6.78 亿元，\n\n【工控安全领域】'), ['paragraph:总投资 6.78 亿元，', 'heading:【工控安全领域】']);
		assert.deepEqual(summary('规模不断扩大\n\n\n图 1 2011—2016年信息消费规模情况\n\n数据来源：工业和信息化部'), [
			'paragraph:规模不断扩大',
			'figure:图 1 2011—2016年信息消费规模情况|数据来源：工业和信息化部',
		]);
	});
	test('does not join across a table', () => {
		const result = assemble('详见下表\n\n表 1 标题\n\n其后文字', {}, new Map([[3, 't001']]));
		assert.deepEqual(result.blocks.map((b) => b.type), ['paragraph', 'table', 'paragraph']);
	});
	test('reads 图 N 所示 as running text, not as a caption', () => {
		assert.deepEqual(summary('图 4 所示的架构设计描述了工业互联网系统\n\n的内外 3 层结构。'), ['paragraph:图 4 所示的架构设计描述了工业互联网系统的内外 3 层结构。']);
	});
	test('joins a heading with the short tail a break cut off', () => {
		assert.deepEqual(summary('2. 落实“互联网+”行动，推进制造业与互\n\n联网融合\n\n正文。'), ['heading:2. 落实“互联网+”行动，推进制造业与互联网融合', 'paragraph:正文。']);
	});
	test('splits a 【】 heading fused with a bold heading', () => {
		assert.deepEqual(summary('【2017 年工作重点】**（一）促进大数据发展应用**'), ['heading:【2017 年工作重点】', 'heading:（一）促进大数据发展应用']);
	});
	test('keeps 【key】value fields and long enumerated lines out of the headings', () => {
		assert.deepEqual(summary('【颁布单位】国家互联网信息办公室'), ['paragraph:【颁布单位】国家互联网信息办公室']);
		assert.equal(assemble('（一）这是一个很长的段落，它以编号开头，但是包含完整的句子。并且继续说明了很多内容，远远超过标题的长度。').blocks[0]?.type, 'paragraph');
	});
	test('reads （一） lines of a law as items and 第X条 as article paragraphs that a break may cut', () => {
		assert.deepEqual(summary('第五条 申请互联网新闻信息服务许可的，\n\n应当具备下列许可条件：\n\n（一）在中华人民共和国境内依法设立的法人', { inLaw: true }), [
			'paragraph:第五条 申请互联网新闻信息服务许可的，应当具备下列许可条件：',
			'paragraph:（一）在中华人民共和国境内依法设立的法人',
		]);
	});
	test('reads a law’s own 目录 as a list, not as a second set of headings', () => {
		const result = assemble('目 录\n\n第一章 总 则\n\n第二章 附 则\n\n第一章 总 则\n\n第一条 为了保障网络安全。', { inLaw: true });
		assert.deepEqual(result.blocks.map((b) => b.type), ['contents-list', 'heading', 'paragraph']);
	});
	test('takes the first line of a study as its byline, never joining it', () => {
		assert.deepEqual(summary('国家信息化专家咨询委员会常务副主任 周宏仁\n\n如何实施智能制造', { hasByline: true }), ['paragraph:国家信息化专家咨询委员会常务副主任 周宏仁', 'paragraph:如何实施智能制造']);
	});
	test('reads an issuer and a date line as a signature', () => {
		const result = assemble('特此公告。\n\n国务院\n2016年5月13日', { mayHaveSignature: true });
		assert.deepEqual(result.blocks.map((b) => b.type), ['paragraph', 'signature']);
	});
	test('puts what follows a 专栏 title into the box until the next heading', () => {
		const result = assemble('专栏 1 核心技术超越工程\n\n制定实施纲要。\n\n（二）下一节');
		assert.deepEqual(result.blocks.map((b) => b.type), ['box', 'heading']);
		assert.equal(result.blocks[0]?.type === 'box' && result.blocks[0].blocks.length, 1);
	});
});
