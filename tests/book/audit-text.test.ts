/**
 * Audit: things that must not appear anywhere (extraction damage, layout words, Markdown leaks) and the
 * non-text placeholders every part keeps (figures, bylines), checked over all chapters and tables.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allBodies, book, chapterText, nodes } from './audit-support.ts';

const tableText = JSON.stringify(book.tables);
const titles = nodes.map((n) => n.title).join('\n');

describe('absent everywhere', () => {
	const absent: [string, RegExp][] = [
		['续表 (58 continuation markers)', /续表/],
		['“ and ” between Chinese words (31 damaged 和)', /[\u4e00-\u9fff、，”》）] and [\u4e00-\u9fff“《（]/],
		['the damaged 专项资金 ze 点 (14922)', /ze 点/],
		['目录 leaders ..... and ·····', /\.{5}|·{5}/],
		['tab characters', /\t/],
		['the U+FFFD replacement character', /\uFFFD/],
	];
	for (const [what, re] of absent) {
		test(`no ${what} in chapter text, table text or titles`, () => {
			assert.doesNotMatch(allBodies, re);
			assert.doesNotMatch(tableText, re);
			assert.doesNotMatch(titles, re);
		});
	}
	test('no ** outside bold 第X条 leads, event dates and the 目 录 label (3433 fused heading, 16157 marker)', () => {
		assert.doesNotMatch(allBodies.replace(/\*\*(第[一二三四五六七八九十百零]+条|\d{4}[^*]*|目 录)\*\*/g, ''), /(?<!\\)\*\*/);
	});
	test('no 【颁布单位】/【发文字号】/【颁布时间】/【法规标题】 field left in any chapter text', () => {
		assert.doesNotMatch(allBodies, /【(颁布单位|发文字号|颁布时间|法规标题)】/);
	});
	test('no chapter text repeats its own title as its first line', () => {
		const repeated = nodes.filter((n) => n.file && chapterText(n.title).trim().startsWith(n.title + '\n'));
		assert.deepEqual(repeated.map((n) => n.title), []);
	});
});

describe('kept as printed', () => {
	test('国际资料篇: the 4 genuine English “and” survive (15346, 15472, 15474, 15740)', () => {
		for (const phrase of ['Internet Access and Adoption', 'Economics and Business Research', 'Big Data Research and Development', 'Electronic, and Necessary']) {
			assert.ok(allBodies.includes(phrase), phrase);
		}
	});
	test('综述篇: “快 e 赔” (801) and “文化 e 网通” (889) keep their e', () => {
		assert.ok(chapterText('经济领域信息化').includes('快 e 赔'));
		assert.ok(chapterText('社会领域信息化').includes('文化 e 网通'));
	});
	test('两化融合篇: 宁夏 figure caption keeps its printed 宁夏自治区 (8582)', () => {
		assert.match(chapterText('宁夏回族自治区两化融合发展水平分析'), /::figure\[图 1 2015—2016 年宁夏自治区两化融合指数情况\]/);
	});
});

describe('figures and bylines, by part', () => {
	test('61 figure captions: 综述 4, 部委 13, 地区 2, 两化 30, 专题 5, 先进典范 7, none elsewhere', () => {
		const perPart = book.book.parts.map((p) => {
			const files = nodes.filter((n) => n.partTitle === p.title && n.file).map((n) => book.markdown.get(n.file ?? '') ?? '');
			return files.join('\n').match(/^::figure\[/gm)?.length ?? 0;
		});
		assert.deepEqual(perPart, [4, 13, 2, 30, 5, 0, 7, 0, 0, 0, 0]);
	});
	test('云计算应用发展情况: the figure before 1221 carries its source 资料来源：IDC，2016年2月', () => {
		assert.match(chapterText('云计算应用发展情况'), /^::figure\[[^\]]+\]\{source="资料来源：IDC，2016年2月"\}$/m);
	});
	test('34 figures carry their 数据来源/资料来源 line, and no source line is left as a paragraph', () => {
		assert.equal(allBodies.match(/^::figure\[[^\]]*\]\{source=/gm)?.length, 34);
		assert.doesNotMatch(allBodies, /^(数据来源|资料来源)[:：]/m);
	});
	test('专题研究篇 智能制造的三个支点: 8723 图 4 所示… is running text, not a figure', () => {
		assert.match(chapterText('智能制造的三个支点'), /^图 4 所示的架构设计描述了工业互联网系统/m);
	});
	test('专题研究篇: 12 bylines, each out of the body (8654 周宏仁 … 9371 温晓君 徐永健 徐丰)', () => {
		const bylines = nodes.filter((n) => n.partTitle === '专题研究篇' && n.file).map((n) => (book.markdown.get(n.file ?? '') ?? '').match(/^byline: (.*)$/m)?.[1] ?? '');
		assert.equal(bylines.filter(Boolean).length, 12);
		assert.equal(bylines[0], '国家信息化专家咨询委员会常务副主任 周宏仁');
		assert.match(bylines.at(-1) ?? '', /温晓君 徐永健 徐丰$/);
		assert.ok(!chapterText('智能制造的三个支点').includes('周宏仁'));
	});
});
