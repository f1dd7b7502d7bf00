/**
 * Matchers for what a text line is, decided from the line itself. Context-dependent decisions (is this
 * chapter a law? is this the line after the title?) are made by the passes that call these.
 */

const CN_NUMERAL = '一二三四五六七八九十百零';

/**
 * Heading ranks: a smaller rank is a higher heading. Levels inside an article come from nesting, not
 * from the rank itself (an article may skip a rank).
 */
export const HEADING_RANK = { section: 0, chapter: 0, numbered: 0, bracketed: 1, division: 1, decimal: 2, parenthesised: 3 } as const;
export type HeadingStyle = keyof typeof HEADING_RANK;

/**
 * A 【…】 section heading (never a `【key】value` field: those have text after the bracket).
 *
 * ```text
 * > 【总体情况】
 * ```
 */
export const SECTION_HEADING = /^【([^】]+)】$/;

/**
 * A 【…】 heading fused with a bold second-level heading by the extraction.
 *
 * ```text
 * > 【2017 年工作重点】**（一）促进大数据发展应用**
 * ```
 */
export const FUSED_HEADING = /^(【[^】]+】)\*\*(.+)\*\*$/;

/** `【颁布单位】…`-style fields of policy documents and the 法规目录. */
export const FIELD_LINE = /^【(颁布单位|颁布时间|法规标题|发文字号)】\s*(.*)$/;

/** Headings recognised by their enumerator; each also needs the shape checks in `headingStyle`. */
const ENUMERATED: { style: HeadingStyle; pattern: RegExp }[] = [
	// 一、综合分析
	{ style: 'numbered', pattern: new RegExp(`^[${CN_NUMERAL}]+、`) },
	// 第一章 总 则
	{ style: 'chapter', pattern: new RegExp(`^第[${CN_NUMERAL}]+章`) },
	// 第二节 关键信息基础设施的运行安全
	{ style: 'division', pattern: new RegExp(`^第[${CN_NUMERAL}]+节`) },
	// （一）经济概况 / (二) 两化融合主要进展 — bracket width carries no meaning in this book.
	{ style: 'bracketed', pattern: new RegExp(`^[（(][${CN_NUMERAL}]+[）)]`) },
	// 1. 基础环境指数
	{ style: 'decimal', pattern: /^\d+\.\s/ },
	// （1）中国石油化工集团公司。
	{ style: 'parenthesised', pattern: /^[（(]\d+[）)]/ },
];

/** A law's article paragraph: `第五条 申请…`. Never a heading. */
export const LAW_ARTICLE = new RegExp(`^(第[${CN_NUMERAL}]+条)\\s*`);

/** A 专栏 box title inside a policy document: `专栏 12 信息化国际枢纽工程`. */
export const BOX_TITLE = /^专栏\s*\d+/;

/**
 * A figure caption. The book's figures are not in the text; only their captions are.
 * `图 4 所示的架构设计…` is running text, hence the 所示 guard.
 */
export function isFigureCaption(text: string): boolean {
	return /^图\s*\d+\s*\S/.test(text) && !/^图\s*\d+\s*所示/.test(text) && text.length <= 60 && !/[，。；]$/.test(text);
}

/** `数据来源：…` / `资料来源:…` */
export function isSourceLine(text: string): boolean {
	return /^(数据来源|资料来源)\s*[:：]/.test(text);
}

/** `注：…` */
export function isNoteLine(text: string): boolean {
	return /^注\s*[:：]/.test(text);
}

/** A Markdown list item the extraction left in the text: `- （一）…`. */
export function isBulletLine(text: string): boolean {
	return /^- \S/.test(text);
}

/** Punctuation that ends a sentence or a clause that cannot run on into the next line. */
const FINAL = /[。！？!?；;：:】]$|[。！？]”$/;

/** The line ends in a way a paragraph can end. */
export function endsComplete(text: string): boolean {
	return FINAL.test(text);
}

export interface HeadingShape {
	style: HeadingStyle;
	/** Inside a law, （一） lines are enumerated items (款/项), not headings. */
	inLaw: boolean;
}

/**
 * The heading style of a line, or undefined when it is running text. Enumerated lines are headings only
 * when short and unpunctuated; long or punctuated ones are paragraphs that start with an enumerator.
 */
export function headingStyle(text: string, context: { inLaw: boolean }): HeadingStyle | undefined {
	if (SECTION_HEADING.test(text) && !FIELD_LINE.test(text)) return 'section';
	for (const { style, pattern } of ENUMERATED) {
		if (!pattern.test(text)) continue;
		if (style === 'bracketed' && context.inLaw) return undefined;
		if (style === 'parenthesised') {
			// Only short one-sentence labels such as （1）中国石油化工集团公司。 are headings.
			return text.length <= 16 && /。$/.test(text) && text.indexOf('。') === text.length - 1 ? style : undefined;
		}
		if (style === 'chapter' || style === 'division') return text.length <= 40 ? style : undefined;
		const limit = style === 'decimal' ? 60 : 50;
		if (text.length > limit) return undefined;
		if (/[。；;，,、：:]$/.test(text)) return undefined;
		if (text.slice(0, -1).includes('。')) return undefined;
		return style;
	}
	return undefined;
}
