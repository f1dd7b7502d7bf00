/**
 * One representative URL per kind of page, found from the real book (content/) and the built
 * site (dist/) rather than hard-coded, so the checks follow the book if chapter numbers move.
 *
 * A kind whose page does not exist (yet) maps to null; callers report it as skipped, by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Book, BookSchema, type BookNode } from '../../../src/schemas/index.ts';
import { listPages, urlOfFile } from './dist-files.ts';
import { CONTENT, DIST } from './paths.ts';

export type PageKind =
	| 'cover'
	| 'part'
	| 'chapter'
	| 'table-heavy chapter'
	| 'chronicle'
	| 'law'
	| 'persons'
	| 'table page'
	| 'data catalogue'
	| 'search'
	| 'hub'
	| 'hub index'
	| 'front matter'
	| 'errata'
	| 'print'
	| '404';

/** Reads and validates content/book.json. */
export function loadBook(): Book {
	return BookSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'book.json'), 'utf8')));
}

/**
 * Every node of the book in reading order, groups and their children included.
 * @param book the parsed book
 */
export function allNodes(book: Book): BookNode[] {
	const out: BookNode[] = [];
	const visit = (node: BookNode): void => {
		out.push(node);
		for (const child of node.chapters ?? []) visit(child);
	};
	for (const part of book.parts) for (const node of part.chapters) visit(node);
	return out;
}

/**
 * Table counts per chapter id, from content/tables/*.json.
 * @param tablesDir folder of table JSON files
 */
export function tablesPerChapter(tablesDir: string = join(CONTENT, 'tables')): Map<string, number> {
	const counts = new Map<string, number>();
	for (const file of readdirSync(tablesDir).filter((name) => name.endsWith('.json'))) {
		const { chapter } = JSON.parse(readFileSync(join(tablesDir, file), 'utf8')) as { chapter: string };
		counts.set(chapter, (counts.get(chapter) ?? 0) + 1);
	}
	return counts;
}

/**
 * The first page URL matching a pattern, by the order of `listPages()`.
 * @param pages URL paths of the built pages
 * @param pattern tested against each URL path
 */
export function firstMatch(pages: readonly string[], pattern: RegExp): string | null {
	return pages.find((url) => pattern.test(url)) ?? null;
}

/** URL paths of the built pages that the other engineers' page kinds are expected at. */
const DIST_PATTERNS: Record<'table page' | 'data catalogue' | 'search' | 'hub' | 'hub index' | 'front matter' | 'errata' | 'print', RegExp> = {
	'table page': /^\/(?:data\/|tables\/)(?:tables\/)?t\d{3}\/$/,
	'data catalogue': /^\/(?:data|tables|catalogue)\/$/,
	search: /^\/search\/$/,
	// Not /regions/05/: that is a chapter of 地区发展篇, not a hub.
	hub: /^\/(?:hubs?\/[^/]+\/[^/]+|region\/[^/]+|ministry\/[^/]+|places?\/[^/]+|agenc(?:y|ies)\/[^/]+)\/$/,
	'hub index': /^\/(?:hubs|region|ministry|places|agencies)\/$/,
	'front matter': /^\/front\/[^/]+\/$/,
	errata: /^\/errata\/$/,
	/** 'Print this part': the whole 篇 as one document. */
	print: /^\/[a-z-]+\/print\/$/,
};

/**
 * A representative URL for each kind of page (null when the site has none).
 * @param book the parsed book
 * @param pageUrls URL paths of every built page
 * @param tableCounts tables per chapter id
 * @param isLaw whether a chapter (by its Markdown file relative to content/) is a law with 第X条 articles
 */
export function pickPages(
	book: Book,
	pageUrls: readonly string[],
	tableCounts: ReadonlyMap<string, number>,
	isLaw: (file: string) => boolean,
): Record<PageKind, string | null> {
	const nodes = allNodes(book);
	const articles = nodes.filter((node) => node.kind === 'article' && node.file);
	const mostTables = [...articles].sort((a, b) => (tableCounts.get(b.id) ?? 0) - (tableCounts.get(a.id) ?? 0))[0];
	const policy = book.parts.find((part) => part.id === 'policy');
	const law = policy ? allNodes({ ...book, parts: [policy] }).find((node) => node.file && isLaw(node.file)) : undefined;
	const persons = nodes.find((node) => node.kind === 'person');
	const urlOnly = (url: string | undefined): string | null => (url ? url.replace(/#.*$/, '') : null);
	return {
		cover: '/',
		part: book.parts.find((part) => part.chapters.length > 1)?.url ?? null,
		chapter: urlOnly(articles.find((node) => (tableCounts.get(node.id) ?? 0) === 0)?.url),
		'table-heavy chapter': mostTables && (tableCounts.get(mostTables.id) ?? 0) > 0 ? mostTables.url : null,
		chronicle: urlOnly(nodes.find((node) => node.kind === 'chronicle')?.url),
		law: urlOnly(law?.url),
		persons: urlOnly(persons?.url),
		'table page': firstMatch(pageUrls, DIST_PATTERNS['table page']),
		'data catalogue': firstMatch(pageUrls, DIST_PATTERNS['data catalogue']),
		search: firstMatch(pageUrls, DIST_PATTERNS.search),
		hub: firstMatch(pageUrls, DIST_PATTERNS.hub),
		'hub index': firstMatch(pageUrls, DIST_PATTERNS['hub index']),
		'front matter': firstMatch(pageUrls, DIST_PATTERNS['front matter']),
		errata: firstMatch(pageUrls, DIST_PATTERNS.errata),
		print: firstMatch(pageUrls, DIST_PATTERNS.print),
		// A missing path, so the server answers 404 with dist/404.html the way a real host does.
		'404': '/no-such-page/',
	};
}

/** Laws number their articles 第一条, 第二条 … as bold leads (the content contract). */
function chapterIsLaw(file: string): boolean {
	return /^\*\*第一条\*\*/m.test(readFileSync(join(CONTENT, file), 'utf8'));
}

/**
 * pickPages() on the real book and a built site.
 * @param dist the built site (default dist/; the bench passes its snapshot)
 */
export function representativePages(dist: string = DIST): Record<PageKind, string | null> {
	const urls = listPages(dist).map(urlOfFile);
	return pickPages(loadBook(), urls, tablesPerChapter(), chapterIsLaw);
}
