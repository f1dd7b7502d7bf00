/**
 * Audit: 政策法规篇 (9453–13639) — the document fields of the 9 documents, laws as 第X条 paragraphs with bold
 * leads, list items, signatures, 专栏 boxes and the two 法规目录 read as records.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { book, chapterText, dataRows, nodeTitled, tableNamed } from './audit-support.ts';

const frontmatter = (title: string): string => {
	const file = nodeTitled(title)?.file;
	const md = file ? (book.markdown.get(file) ?? '') : '';
	return md.slice(0, md.indexOf('\n---\n', 4));
};
/** A front matter value, YAML quotes removed ('-' when absent). */
const field = (title: string, key: string): string =>
	frontmatter(title).match(new RegExp(`^${key}: (.*)$`, 'm'))?.[1]?.replace(/^"(.*)"$/, '$1') ?? '-';

/** [document, 颁布单位, 发文字号 ('-' when the document prints none), 颁布时间, first source line]. */
const DOCUMENTS: [string, string, string, string, number][] = [
	['互联网新闻信息服务许可管理实施细则', '国家互联网信息办公室', '-', '2017-5-22', 9455],
	['政府网站发展指引', '国务院办公厅', '国办发〔2017〕47号', '2017-5-15', 9605],
	['政务信息系统整合共享实施方案', '国务院办公厅', '国办发〔2017〕39号', '2017-5-3', 9977],
	['互联网新闻信息服务管理规定', '国家互联网信息办公室', '国家互联网信息办公室令第 1 号', '2017-5-2', 10107],
	['关于促进移动互联网健康有序发展的意见', '中共中央办公厅 国务院办公厅', '-', '2017-1-15', 10267],
	['“十三五”国家信息化规划', '国务院', '国发〔2016〕73号', '2016-12-15', 10399],
	['中华人民共和国网络安全法', '全国人民代表大会常务委员会', '主席令 12 届第 53 号', '2016-11-7', 11191],
	['国家信息化发展战略纲要', '中共中央办公厅 国务院办公厅', '-', '2016-7-27', 11523],
	['关于深化制造业与互联网融合发展的指导意见', '国务院', '国发〔2016〕28号', '2016-5-13', 11809],
];

describe('政策法规篇: document fields', () => {
	for (const [title, issuer, docNumber, issued, line] of DOCUMENTS) {
		test(`${title} (${line}): ${issuer} / ${docNumber} / ${issued}`, () => {
			assert.deepEqual([field(title, 'issuer'), field(title, 'docNumber'), field(title, 'issued')], [issuer, docNumber, issued]);
			assert.doesNotMatch(chapterText(title), /【(颁布单位|发文字号|颁布时间)】/);
		});
	}
});

describe('政策法规篇: laws', () => {
	const leads = (title: string) => chapterText(title).match(/^\*\*第[一二三四五六七八九十百零]+条\*\*/gm) ?? [];
	test('细则 has 18 条, 管理规定 29, 网络安全法 79, each a bold lead starting a paragraph', () => {
		assert.deepEqual(['互联网新闻信息服务许可管理实施细则', '互联网新闻信息服务管理规定', '中华人民共和国网络安全法'].map((t) => leads(t).length), [18, 29, 79]);
	});
	test('网络安全法 numbers its 79 条 without a gap (第一条 … 第七十九条)', () => {
		const list = leads('中华人民共和国网络安全法');
		assert.equal(list[0], '**第一条**');
		assert.equal(list.at(-1), '**第七十九条**');
	});
	test('网络安全法 第二十一条 (11285) ends in ： and its items （一）… follow as separate paragraphs', () => {
		assert.match(chapterText('中华人民共和国网络安全法'), /\*\*第二十一条\*\*[^\n]*：\n\n[-\s]*（一）制定内部安全管理制度和操作规程/);
	});
	test('网络安全法 keeps the 3 printed bullets - （一）… (11439–11441) as a list', () => {
		assert.equal((chapterText('中华人民共和国网络安全法').match(/^- （[一二三]）/gm) ?? []).length, 3);
	});
	test('网络安全法: the inner 目 录 (11199–11217) is a list of 7 章 and 2 节, before 第一章', () => {
		const body = chapterText('中华人民共和国网络安全法');
		assert.equal((body.slice(0, body.indexOf('## 第一章')).match(/^\s*- 第[一二三四五六七]+[章节]/gm) ?? []).length, 9);
	});
	test('管理规定: the signature 主任 徐麟 / 2017 年 5 月 2 日 (10117/10119) is a signature block', () => {
		assert.match(chapterText('互联网新闻信息服务管理规定'), /:::signature\n\n主任 徐麟\n\n2017 年 5 月 2 日\n\n:::/);
	});
	test('制造业与互联网意见: 国务院 / 2016年5月13日 (11917/11918, no blank line between) is the closing signature', () => {
		assert.match(chapterText('关于深化制造业与互联网融合发展的指导意见'), /:::signature\n\n国务院\n\n2016年5月13日\n\n:::\s*$/);
	});
	test('细则 第五条 (9473) is joined to 应当具备下列许可条件： (9475)', () => {
		assert.match(chapterText('互联网新闻信息服务许可管理实施细则'), /\*\*第五条\*\* 申请互联网新闻信息服务许可的，应当具备下列许可条件：/);
	});
});

describe('政策法规篇: 十三五 plan boxes and tables', () => {
	const body = chapterText('“十三五”国家信息化规划');
	test('every 专栏 box closes before the next heading or box, and holds no heading', () => {
		const boxes = body.split(/^:::box\{/m).slice(1).map((rest) => rest.slice(0, rest.indexOf('\n:::\n')));
		assert.equal(boxes.length, 16);
		assert.ok(boxes.every((box) => !/^#|^:::box/m.test(box)));
	});
	test('16 专栏 boxes numbered 1…16 in order', () => {
		const numbers = [...body.matchAll(/^:::box\{title="专栏 (\d+) /gm)].map((m) => Number(m[1]));
		assert.deepEqual(numbers, Array.from({ length: 16 }, (_, i) => i + 1));
	});
	test('专栏 12 信息化国际枢纽工程 sits in （八）, after its moved paragraphs 10801–10805', () => {
		const eight = body.indexOf('（八）拓展网信企业全球化发展服务体系');
		assert.ok(eight < body.indexOf('健全企业走出去境外服务体系') && body.indexOf('健全企业走出去境外服务体系') < body.indexOf('专栏 12 信息化国际枢纽工程'));
		assert.ok(body.indexOf('专栏 12 信息化国际枢纽工程') < body.indexOf('（九）完善网络空间治理体系'));
	});
	test('表1, 表2 and the 附件 table stand in the text as directives', () => {
		assert.deepEqual(['“十二五”信息化发展基本情况', '“十三五”信息化发展主要指标', '重点任务分工方案'].map((t) => body.includes(`::table{#${tableNamed(t).id}}`)), [true, true, true]);
	});
});

describe('政策法规篇: the two 法规目录', () => {
	test('国家…目录: 91 records, first 关于深入推进信息化和工业化融合管理体系的指导意见 (11922), 10 without 发文字号', () => {
		const t = tableNamed('国家信息化相关法律法规目录');
		assert.equal(dataRows(t).length, 91);
		assert.deepEqual(dataRows(t)[0]?.cells.map((c) => c.text), ['关于深入推进信息化和工业化融合管理体系的指导意见', '工业和信息化部 国务院国有资产监督管理委员会 国家标准化管理委员会', '工信部联信软〔2017〕155号', '2017-6-26']);
		assert.equal(dataRows(t).filter((r) => r.cells[2]?.text === '').length, 10);
	});
	test('地方…目录: 127 records, the record split by a space-only line (13624–13630) keeps its 颁布时间', () => {
		const t = tableNamed('地方信息化相关法律法规目录');
		assert.equal(dataRows(t).length, 127);
		assert.deepEqual(dataRows(t).at(-2)?.cells.map((c) => c.text), ['关于加强互联网领域侵权假冒行为治理的实施意见', '河北省石家庄市人民政府办公厅', '石政办发〔2016〕5号', '2016-1-19']);
		assert.equal(dataRows(t).filter((r) => r.cells[2]?.text === '').length, 4);
	});
});
