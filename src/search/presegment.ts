/**
 * Pre-segment the text of a page the way the browser will segment a query.
 *
 * Pagefind splits Chinese with jieba when it indexes and with Intl.Segmenter (ICU) when it
 * searches; where the two disagree, words go missing and quoted phrases fail
 * (notes/anchors.md §1.3: "工业和信息化部" → 0 results). Inserting a space at every ICU word
 * boundary next to a Chinese character makes jieba see the same words the query will have.
 * The served HTML is untouched: only the copy handed to Pagefind is segmented.
 */

import { REGIONS } from './regions.ts';
import { MINISTRIES, ministryNames } from './ministries.ts';
import { escapeRegExp } from './literal.ts';

const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * Names whose word boundaries are forced. ICU segments in context: 北京市 is one word but 北京
 * another, 在内蒙古 gives 在内|蒙古, so a query for 北京 or 内蒙古 would miss those pages. Cutting
 * the text at every region short name and every ministry name, and segmenting each name on its
 * own, gives the names the same words in any text and in the query.
 */
const NAMES = [...new Set([...REGIONS.map((region) => region.name), ...MINISTRIES.flatMap(ministryNames)])].sort((a, b) => b.length - a.length);
const NAME = new RegExp(NAMES.map(escapeRegExp).join('|'), 'gu');

function icuWords(text: string): string[] {
	return [...segmenter.segment(text)].map((s) => s.segment);
}

/**
 * Put a space at each word boundary that touches a Chinese character: Intl.Segmenter's boundaries,
 * with names cut out first (see NAMES). Used on the indexed text and on every query, so that both
 * sides have the same words.
 */
export function segmentText(text: string): string {
	if (!HAN.test(text)) return text;
	const words: string[] = [];
	let last = 0;
	for (const match of text.matchAll(NAME)) {
		words.push(...icuWords(text.slice(last, match.index)), ...icuWords(match[0]));
		last = match.index + match[0].length;
	}
	words.push(...icuWords(text.slice(last)));
	let out = '';
	for (const word of words) {
		const before = out.at(-1) ?? '';
		const after = word[0] ?? '';
		const touchesHan = HAN.test(before) || HAN.test(after);
		if (out !== '' && touchesHan && !/\s/u.test(before) && !/\s/u.test(after)) out += ' ';
		out += word;
	}
	return out;
}

// Elements whose text is not page text.
const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea', 'title']);

/**
 * Segment every text node of an HTML document, leaving tags, attributes, comments and the
 * content of script/style untouched. A tokenizer is enough here: the input is Astro's own
 * well-formed output, and entities are ASCII, so spaces never land inside one.
 */
export function segmentHtml(html: string): string {
	const parts = html.split(/(<!--[\s\S]*?-->|<[^>]+>)/);
	let rawUntil: string | null = null;
	return parts
		.map((part) => {
			if (part.startsWith('<')) {
				const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(part)?.[1]?.toLowerCase();
				if (rawUntil === null && tag && RAW_TEXT.has(tag) && !part.startsWith('</')) rawUntil = tag;
				else if (rawUntil !== null && part.startsWith('</') && tag === rawUntil) rawUntil = null;
				return part;
			}
			return rawUntil === null ? segmentText(part) : part;
		})
		.join('');
}
