import { compactCjk, findRanges } from './literal.ts';

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
	const display = compactCjk(text.replace(/\u200b/g, '')).replace(/\s+/g, ' ').trim();
	const ranges = findRanges(display, terms);
	const first = ranges[0];
	const start = first ? Math.max(0, Math.min(first[0] - Math.floor(length / 3), display.length - length)) : 0;
	const end = Math.min(display.length, start + length);
	let html = start > 0 ? '…' : '';
	let cursor = start;
	for (const [from, to] of ranges) {
		if (to <= start || from >= end) continue;
		const a = Math.max(from, cursor);
		const b = Math.min(to, end);
		if (a < cursor || b <= a) continue;
		html += escapeHtml(display.slice(cursor, a)) + `<mark>${escapeHtml(display.slice(a, b))}</mark>`;
		cursor = b;
	}
	html += escapeHtml(display.slice(cursor, end)) + (end < display.length ? '…' : '');
	return html;
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
