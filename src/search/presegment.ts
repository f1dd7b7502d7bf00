/**
 * Pre-segment the text of a page the way the browser will segment a query.
 *
 * Pagefind splits Chinese with jieba when it indexes and with Intl.Segmenter (ICU) when it
 * searches; where the two disagree, words go missing and quoted phrases fail
 * (notes/anchors.md §1.3: "工业和信息化部" → 0 results). Inserting a space at every ICU word
 * boundary next to a Chinese character makes jieba see the same words the query will have.
 * The served HTML is untouched: only the copy handed to Pagefind is segmented.
 */

const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Put a space at each word boundary that touches a Chinese character. */
export function segmentText(text: string): string {
	if (!HAN.test(text)) return text;
	let out = '';
	let previous = '';
	for (const { segment } of segmenter.segment(text)) {
		const before = previous.at(-1) ?? '';
		const after = segment[0] ?? '';
		const touchesHan = HAN.test(before) || HAN.test(after);
		if (out !== '' && touchesHan && !/\s/u.test(before) && !/\s/u.test(after)) out += ' ';
		out += segment;
		previous = segment;
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
