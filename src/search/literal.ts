/**
 * Literal matching on Chinese text. Pagefind matches segmented words; readers expect "the page
 * contains what I typed". These helpers answer that question on text that may carry wrap spaces
 * (北 京), pre-segmentation spaces (工业 和 信息 化 部) or Pagefind's zero-width spaces.
 */

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018-\\u201d';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[\\s\\u200b]+(?=[${CJK}])`, 'gu');

/** Canonical form for comparison: NFKC (full-width → half-width), lower case, no zero-width spaces. */
export function foldText(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\u200b/g, '');
}

/** Remove whitespace between two CJK characters; keep it between Latin words. */
export function compactCjk(text: string): string {
	return text.replace(SPACE_BETWEEN_CJK, '');
}

/**
 * Compact and fold `text`, and keep for every character of the result its index in `text`,
 * so that a match found in the compact form can be marked in the original.
 */
export function compactWithMap(text: string): { compact: string; map: number[] } {
	let compact = '';
	const map: number[] = [];
	const chars = [...text];
	let offset = 0;
	chars.forEach((char, i) => {
		const isSpace = /[\s\u200b]/u.test(char);
		const between = isSpace && isCjk(previousNonSpace(chars, i)) && isCjk(nextNonSpace(chars, i));
		if (char !== '\u200b' && !between) {
			const folded = foldText(char);
			compact += folded;
			for (let k = 0; k < folded.length; k++) map.push(offset);
		}
		offset += char.length;
	});
	return { compact, map };
}

function isCjk(char: string | undefined): boolean {
	return char !== undefined && new RegExp(`[${CJK}]`, 'u').test(char);
}

function previousNonSpace(chars: string[], i: number): string | undefined {
	for (let j = i - 1; j >= 0; j--) if (!/[\s\u200b]/u.test(chars[j] ?? '')) return chars[j];
	return undefined;
}

function nextNonSpace(chars: string[], i: number): string | undefined {
	for (let j = i + 1; j < chars.length; j++) if (!/[\s\u200b]/u.test(chars[j] ?? '')) return chars[j];
	return undefined;
}

/** Prepare text for literal tests: folded and CJK-compacted. */
export function matchable(text: string): string {
	return compactCjk(foldText(text));
}

/**
 * Does `text` literally contain the query? `terms` holds, for each query term, its accepted
 * spellings (the term and its aliases); every term must be present in one of its spellings.
 */
export function containsAllTerms(text: string, terms: readonly (readonly string[])[]): boolean {
	const haystack = matchable(text);
	return terms.length > 0 && terms.every((spellings) => spellings.some((s) => haystack.includes(matchable(s))));
}

/**
 * Ranges [start, end) in `text` (original indices) where a spelling of a term occurs, found on the
 * compact form so that 工业 和 信息 化 部 still matches 工业和信息化部.
 */
export function findRanges(text: string, terms: readonly (readonly string[])[]): Array<[number, number]> {
	const needles = [...new Set(terms.flat().map(matchable))].filter(Boolean).sort((a, b) => b.length - a.length);
	if (needles.length === 0) return [];
	const { compact, map } = compactWithMap(text);
	const ranges: Array<[number, number]> = [];
	for (const match of compact.matchAll(new RegExp(needles.map(escapeRegExp).join('|'), 'gu'))) {
		const first = match.index;
		const last = first + match[0].length - 1;
		const start = map[first];
		const lastStart = map[last];
		if (start === undefined || lastStart === undefined) continue;
		ranges.push([start, lastStart + (text.codePointAt(lastStart)! > 0xffff ? 2 : 1)]);
	}
	return ranges;
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
