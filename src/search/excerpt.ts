import { compactCjk, escapeRegExp, findRanges, matchable } from './literal.ts';

/** Escape text for HTML element content. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * An HTML excerpt of about `length` characters around the first literal match of the query, with
 * every match wrapped in <mark>. Pre-segmentation spaces between Chinese characters are removed
 * first, so the excerpt reads as printed. Without a match, the start of the text is shown unmarked.
 */
export function makeExcerpt(text: string, terms: readonly (readonly string[])[], length = 90): string {
	// Pages run to 100,000 characters: find the first match with one native regex search, then do
	// the careful work on a window around it only.
	const at = firstMatch(text, terms);
	const from = Math.max(0, at - length * 2);
	const window = text.slice(from, at + length * 3);
	const display = compactCjk(window.replace(/\u200b/g, '')).replace(/\s+/g, ' ').trim();
	const ranges = findRanges(display, terms);
	const first = ranges[0];
	const start = first ? Math.max(0, Math.min(first[0] - Math.floor(length / 3), display.length - length)) : 0;
	const end = Math.min(display.length, start + length);
	let html = start > 0 || from > 0 ? '…' : '';
	let cursor = start;
	for (const [a0, b0] of ranges) {
		const a = Math.max(a0, cursor);
		const b = Math.min(b0, end);
		if (b0 <= start || a0 >= end || b <= a) continue;
		html += escapeHtml(display.slice(cursor, a)) + `<mark>${escapeHtml(display.slice(a, b))}</mark>`;
		cursor = b;
	}
	html += escapeHtml(display.slice(cursor, end)) + (end < display.length || from + window.length < text.length ? '…' : '');
	return html;
}

/** Index of the first occurrence of any spelling, allowing spaces between its characters (0 if none). */
function firstMatch(text: string, terms: readonly (readonly string[])[]): number {
	const needles = [...new Set(terms.flat().map(matchable))].filter(Boolean);
	if (needles.length === 0) return 0;
	const pattern = needles.map((n) => [...n].map(escapeRegExp).join('[\\s\\u200b]*')).join('|');
	return new RegExp(pattern, 'iu').exec(text)?.index ?? 0;
}

/** Add highlight terms to a result URL as repeated `hl` parameters, before any #fragment. */
export function withHighlight(url: string, spellings: readonly string[]): string {
	if (spellings.length === 0) return url;
	const hashAt = url.indexOf('#');
	const path = hashAt === -1 ? url : url.slice(0, hashAt);
	const hash = hashAt === -1 ? '' : url.slice(hashAt);
	const params = spellings.map((s) => `hl=${encodeURIComponent(s)}`).join('&');
	return `${path}${path.includes('?') ? '&' : '?'}${params}${hash}`;
}
