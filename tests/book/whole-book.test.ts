/** Assertions on the real, whole yearbook: each number is one a broken parser would get wrong. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chapterBody, parsedBook } from '../support/book.ts';
import type { BookNode } from '../../src/schemas/book.ts';

const book = parsedBook();
const nodes = (list: BookNode[]): BookNode[] => list.flatMap((n) => [n, ...nodes(n.chapters ?? [])]);
const all = book.book.parts.flatMap((p) => nodes(p.chapters));
const chapters = all.filter((n) => n.kind !== 'group');
const bodies = [...book.markdown.values()].join('\n');
const headings = bodies.split('\n').filter((l) => /^#{2,6} /.test(l));

describe('the parsed yearbook', () => {
	test('has no error diagnostics', () => {
		assert.deepEqual(book.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.line}`), []);
	});
	test('has the ten 篇 and the 附录 in book order, with their 目录 pages', () => {
		assert.deepEqual(book.book.parts.map((p) => `${p.title} ${p.page}`), ['综述篇 1', '部委篇 53', '地区发展篇 117', '两化融合篇 231', '专题研究篇 321', '政策法规篇 357', '先进典范篇 449', '信息化大事记 491', '国际资料篇 509', '基础数据篇 555', '附录 605']);
	});
	test('has 211 articles and 信息化大事记: 212 chapters', () => {
		assert.equal(chapters.length, 212);
		assert.deepEqual(book.book.parts.map((p) => nodes(p.chapters).filter((n) => n.kind !== 'group').length), [9, 21, 33, 27, 12, 11, 45, 1, 7, 30, 16]);
	});
	test('groups 6 units under 优秀单位 and 39 persons under 先进人物', () => {
		const groups = all.filter((n) => n.kind === 'group');
		assert.deepEqual(groups.map((g) => `${g.title} ${g.chapters?.length}`), ['优秀单位 6', '先进人物 39']);
	});
	test('gives every chapter a Markdown file and a unique url', () => {
		for (const node of chapters) assert.ok(node.file && book.markdown.has(node.file), `${node.title} has no file`);
		assert.equal(new Set(chapters.map((n) => n.url)).size, chapters.length);
	});
	test('finds titles the 目录 spells differently: a typo, letter spacing, a title on two lines', () => {
		const byTitle = (t: string) => all.find((n) => n.title === t);
		assert.equal(byTitle('工业互联网重塑企业数字化能力')?.tocTitle, '工业互联重塑企业数字化能力');
		assert.equal(byTitle('包宇')?.page, 474);
		assert.equal(byTitle('2012—2016 年全国电子信息产品制造业主要经济指标完成情况')?.sourceLines[0], 16122);
	});
	test('keeps printed pages non-decreasing in reading order, except the two persons the body swaps', () => {
		const pages = chapters.map((n) => n.page ?? 0);
		const drops = pages.filter((p, i) => i > 0 && p < (pages[i - 1] ?? 0));
		assert.deepEqual(drops, []);
	});
	test('accounts for every one of the 19,084 source lines and loses no character', () => {
		assert.equal(book.fidelity.totalLines, 19084);
		assert.deepEqual(book.fidelity.unaccounted, []);
		assert.equal(book.fidelity.characters.dropped, 0);
		assert.ok(book.fidelity.characters.source > 700000, `only ${book.fidelity.characters.source} characters counted`);
	});
	test('rejoins the paragraphs cut by page and column breaks', () => {
		// 842 splits are known; 22 of them are inside 大事记 events (joined there) and 7 are displaced or lost.
		assert.ok(book.fidelity.joins >= 815 && book.fidelity.joins <= 830, `${book.fidelity.joins} joins`);
		assert.ok(chapterBody(book, '中国信息化发展概况').includes('推动信息技术与经济社会发展深度融合'));
		assert.ok(chapterBody(book, '互联网新闻信息服务许可管理实施细则').includes('申请互联网新闻信息服务许可的，应当具备下列许可条件'));
	});
	test('finds the heading levels of every pattern and none of their look-alikes', () => {
		const count = (re: RegExp) => headings.filter((h) => re.test(h)).length;
		assert.equal(count(/^## 【/), 540);
		assert.equal(count(/^#+ [一二三四五六七八九十]+、/), 34);
		assert.equal(count(/^#+ [（(][一二三四五六七八九十]+[）)]/), 809);
		assert.equal(count(/^#+ \d+\. /), 320);
		assert.equal(count(/^#+ [（(]\d+[）)]/), 3);
		assert.equal(count(/^#+ 第[一二三四五六七八九十]+章/), 13);
		assert.equal(count(/^#+ 第[一二三四五六七八九十]+节/), 2);
		assert.equal(count(/^#+ (【(颁布单位|颁布时间|法规标题|发文字号)】|第[一二三四五六七八九十百零]+条|[一二三四五六七八九十]+是)/), 0);
	});
	test('makes 第X条 bold leads with the numbering of each law complete', () => {
		const leads = bodies.match(/^\*\*第[一二三四五六七八九十百零]+条\*\*/gm) ?? [];
		assert.equal(leads.length, 126);
	});
	test('reads 信息化大事记 into 138 dated events, one of them in 2017', () => {
		assert.equal(book.events.length, 138);
		assert.equal(book.events.filter((e) => e.date.startsWith('2017')).length, 1);
		assert.deepEqual(book.events.filter((e) => e.dateEnd).map((e) => `${e.date}/${e.dateEnd}`), ['2016-06-01/2016-06-02', '2016-09-21/2016-09-23', '2016-10-25/2016-10-27']);
		assert.ok(book.events.find((e) => e.date === '2016-12-14')?.text.endsWith('10位专家、学者组成。') ?? false, 'the continuation line 15090 belongs to its event');
	});
	test('reads the two 法规目录 into 91 and 127 records', () => {
		const directories = book.tables.filter((t) => t.title.includes('法规目录'));
		assert.deepEqual(directories.map((t) => `${t.title} ${t.rows.length}`), ['国家信息化相关法律法规目录 91', '地方信息化相关法律法规目录 127']);
		assert.equal(directories.flatMap((t) => t.rows).filter((r) => r.cells[2]?.text === '').length, 14);
	});
	test('keeps policy document fields, bylines and signatures out of the body', () => {
		const fields = [...book.markdown.values()].filter((md) => /\nissuer: /.test(md)).length;
		assert.equal(fields, 9);
		assert.equal([...book.markdown.values()].filter((md) => /\nbyline: /.test(md)).length, 12);
		assert.equal((bodies.match(/^:::signature$/gm) ?? []).length, 2);
		assert.equal((bodies.match(/^【(颁布单位|发文字号|颁布时间)】/gm) ?? []).length, 0);
	});
	test('keeps 61 figure captions as placeholders and 16 专栏 boxes', () => {
		assert.equal((bodies.match(/^::figure\[/gm) ?? []).length, 61);
		assert.equal((bodies.match(/^:::box\{/gm) ?? []).length, 16);
	});
	test('repairs the extraction damage through the errata list, leaving English "and" alone', () => {
		assert.equal(book.errata.filter((e) => e.reason.includes('and')).length, 29);
		assert.doesNotMatch(bodies, /[\u4e00-\u9fff] and [\u4e00-\u9fff]/);
		assert.match(bodies, /专项资金重点工作/);
		assert.ok(book.errata.every((e) => e.chapter !== null), 'every erratum names its chapter');
		assert.ok(chapterBody(book, '张灏').includes('以及各地分工厂的逐步建立，分工厂与集团总部'));
	});
	test('leaves no 续表 marker and no leaked ** in the text', () => {
		assert.doesNotMatch(bodies, /续表/);
		assert.doesNotMatch(bodies.replace(/\*\*(第[一二三四五六七八九十百零]+条|\d{4}[^*]*|目 录)\*\*/g, ''), /(?<!\\)\*\*/);
	});
});
