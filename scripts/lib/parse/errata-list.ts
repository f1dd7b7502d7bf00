/**
 * The one documented list of extraction damage this parser repairs by hand. Everything else is repaired by
 * general rules (joins, the ` and ` rule). Each entry names its source lines and why; readers see them all
 * on the 校勘记 page.
 */

/** Lines printed out of reading order by the page layout: put them back in the listed order. */
export interface ReadingOrderRepair {
	lines: number[];
	reason: string;
}

/** Single-line damage: `find` on `line` becomes `replace`. */
export interface TextRepair {
	line: number;
	find: string;
	replace: string;
	reason: string;
}

/** The hand-made repairs for one source text; they are keyed by line number, so they belong to that text. */
export interface ErrataList {
	/** SHA-256 of the text the line numbers refer to; the repairs apply to that text only. */
	sourceSha256: string;
	readingOrder: ReadingOrderRepair[];
	text: TextRepair[];
}

const READING_ORDER_REPAIRS: ReadingOrderRepair[] = [
	{
		lines: [10811, 10813, 10801, 10803, 10805, 10815, 10817, 10819, 10821, 10807, 10809, 10823],
		reason:
			'“十三五”国家信息化规划：（八）与（九）两节的版面错位。（八）的正文（滚动支持…、鼓励和支持…、健全企业走出去…）被排在（九）标题之前，（九）首段“…统一的网络证照服务体系，推”的下半句“进网络身份可溯源和信息保护工作。”被排在专栏 12 之后。按文意恢复为：（八）标题、正文、专栏 12，然后（九）标题及其首段。',
	},
	{
		lines: [11681, 11685, 11683],
		reason: '国家信息化发展战略纲要：分栏时“（二）深化电子政务…”标题插入到“完善互联网企业资本”与其下半句“准入制度，…”之间。将下半句接回原段，标题移到其后。',
	},
	{
		lines: [14728, 14740],
		reason: '先进人物：张灏简介的下半句“步建立，分工厂与集团总部…”被排进了于亚东的简介中。将其接回张灏简介。',
	},
];

/** Single-line text damage that no general rule can repair. */
const TEXT_REPAIRS: TextRepair[] = [
	{ line: 14922, find: '专项资金 ze 点工作', replace: '专项资金重点工作', reason: '提取时“重”字被替换为拉丁字母“ze”。' },
];

/** The repairs for 《中国信息化年鉴2017》 as content/source/zgxxh-2017.txt prints it. */
export const YEARBOOK_ERRATA: ErrataList = {
	sourceSha256: '33051df554b41a1edda3830a0b6189e0d8d339adc5bfa25536254b8adb545ee8',
	readingOrder: READING_ORDER_REPAIRS,
	text: TEXT_REPAIRS,
};

/**
 * The extraction wrote ` and ` for 和 between Chinese words (31 times). English `and` between Latin words is
 * kept: the look-behind and look-ahead demand a Hanzi or CJK punctuation on both sides.
 */
export const AND_FOR_HE = /(?<=[\u4e00-\u9fff、，”》）]) and (?=[\u4e00-\u9fff“《（])/g;
export const AND_FOR_HE_REASON = '提取时“和”字被替换为英文“ and ”。';

/** Known source problems kept as printed: shown on the 校勘记 page, not changed. */
export const KNOWN_UNREPAIRED: { lines: number[]; printed: string; note: string }[] = [
	{ lines: [5289, 5291], printed: '…共计 15 个项目，总投资 6.78 亿元，／【工控安全领域】', note: '甘肃省信息化发展概况：“总投资 6.78 亿元，”之后的下半句在原书中缺失。' },
	{ lines: [14738], printed: '…特别是近 5 年随着企业的转型升级和互联', note: '于亚东：“…转型升级和互联”之后的下半句在原书中缺失。' },
	{ lines: [14552], printed: '…从事信息技术与管理工作。2002 年', note: '李坚：简介止于“2002 年”，下文在原书中缺失。' },
	{ lines: [15092], printed: '…旨在提供中国最权威的专业资讯和最便捷的信息服', note: '信息化大事记：2016 年 12 月 15 日“国新发布”App 一条止于“信息服”，下文在原书中缺失。' },
	{ lines: [8608, 8610], printed: '凸显宁夏回族自治区／区发展优势', note: '宁夏回族自治区两化融合发展水平分析：“自治区区发展优势”中“区”字重复，照录原文。' },
	{ lines: [418, 9004], printed: '工业互联重塑企业数字化能力', note: '目录作“工业互联重塑企业数字化能力”，正文作“工业互联网重塑企业数字化能力”，以正文为准。' },
	{ lines: [18004, 18064], printed: '2017 年中国互联网企业百强名单／2017 年（第 31 届）中国电子信息企业百强名单', note: '两份百强名单内容完全相同，原书如此。' },
	{ lines: [6013, 6015, 6017], printed: '2011年、2012年、2013年、2015年、2016年、2016年', note: '我国两化融合发展水平评估 表1：行标签缺 2014 年而 2016 年出现两次；按各行“增长量”推算，应依次为 2014 年、2015 年、2016 年。表格照录原文，图表按推算年份标注。' },
	{ lines: [17981], printed: '科技进步类二等奖：12 项', note: '标为“12 项”，实列 13 项，照录原文。' },
];
