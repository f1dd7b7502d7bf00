/**
 * Give Pagefind a title for every block a search result should land on. Pagefind (1.6) makes a
 * sub-result of any element with an `id` and a `data-pagefind-title`; headings get one for free,
 * but tables, 大事记 events and law articles (第X条) are not headings. The title is taken from the
 * block itself: the table caption, the event's date and opening words, the article number.
 */

interface Target {
	/** Recognises the opening tag of a block. */
	tag: RegExp;
	/** Title from the block's id and the HTML that follows its opening tag. */
	title(id: string, following: string): string;
}

const TARGETS: readonly Target[] = [
	{
		tag: /^<figure\b[^>]*\bclass="data-table\b/,
		title: (id, following) => textOf(/<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/.exec(following)?.[1] ?? '') || id,
	},
	{
		tag: /^<div\b[^>]*\bclass="event\b/,
		// "2016年1月12日, 国务院…" → "2016年1月12日 国务院…"
		title: (id, following) =>
			truncate(textOf(following.slice(0, following.indexOf('</div>'))).replace(/^(.{0,14}?日)\s*[,，]\s*/, '$1 '), 32) || id,
	},
	{ tag: /^<p\b[^>]*\bclass="law-article\b/, title: (id) => id },
];

/** Add `data-pagefind-title` to tables, events and law articles that have an id but no title. */
export function addSubResultTitles(html: string): string {
	return html.replace(/<(?:figure|div|p)\b[^>]*>/g, (tag, offset: number) => {
		if (tag.includes('data-pagefind-title')) return tag;
		const id = /\bid="([^"]+)"/.exec(tag)?.[1];
		const target = id === undefined ? undefined : TARGETS.find((t) => t.tag.test(tag));
		if (!target || id === undefined) return tag;
		const title = target.title(decodeEntities(id), html.slice(offset + tag.length, offset + tag.length + 4000));
		return `${tag.slice(0, -1)} data-pagefind-title="${escapeAttribute(title)}">`;
	});
}

function textOf(html: string): string {
	return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').replace(/\s*([，,])\s*$/, '').trim();
}

function truncate(text: string, length: number): string {
	return [...text].length > length ? `${[...text].slice(0, length).join('')}…` : text;
}

function decodeEntities(text: string): string {
	return text
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
