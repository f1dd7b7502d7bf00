import type { Book, BookNode, Part } from '../schemas/book.ts';

/** One page of the reader in reading order: an article, the 大事记, or the one-page 先进人物 group. */
export interface ReadingStop {
	/** Page path without hash, e.g. `/regions/05/`. */
	url: string;
	title: string;
	partId: string;
	/** Printed page from the 目录, when it gives one. */
	page: number | null;
}

/** Strip the `#fragment` from a site path. */
export function pagePath(url: string): string {
	const hash = url.indexOf('#');
	return hash === -1 ? url : url.slice(0, hash);
}

/** Does this node have a page of its own (rather than an anchor on another page, or none)? */
function ownsPage(node: BookNode): boolean {
	if (node.kind === 'article' || node.kind === 'chronicle') return true;
	// 先进人物 is a group whose URL is a real page holding all its persons' bios.
	return node.kind === 'group' && !node.url.includes('#');
}

/**
 * Every page of the book in reading order (the 目录's order), one stop per page.
 * Persons collapse into their group's single page; groups with only an anchor (优秀单位) add no stop.
 */
export function readingOrder(book: Book): ReadingStop[] {
	const stops: ReadingStop[] = [];
	const seen = new Set<string>();
	const visitNode = (node: BookNode, part: Part): void => {
		const url = pagePath(node.url);
		if (ownsPage(node) && !seen.has(url)) {
			seen.add(url);
			stops.push({ url, title: node.title, partId: part.id, page: node.page });
		}
		// A page-owning group (先进人物) already stands for its children.
		if (node.kind === 'group' && ownsPage(node)) return;
		for (const child of node.chapters ?? []) visitNode(child, part);
	};
	for (const part of book.parts) for (const node of part.chapters) visitNode(node, part);
	return stops;
}

/** The stops before and after `url` in reading order (null at either end, or when `url` is unknown). */
export function neighbours(
	stops: readonly ReadingStop[],
	url: string,
): { prev: ReadingStop | null; next: ReadingStop | null } {
	const index = stops.findIndex((stop) => stop.url === pagePath(url));
	if (index === -1) return { prev: null, next: null };
	return { prev: stops[index - 1] ?? null, next: stops[index + 1] ?? null };
}

/** Every node of a subtree, depth first, parents before children. */
export function flattenNodes(nodes: readonly BookNode[]): BookNode[] {
	return nodes.flatMap((node) => [node, ...flattenNodes(node.chapters ?? [])]);
}

/** Chapters with text of their own (articles, persons, 大事记): what the book counts as its 212 chapters. */
export function textChapters(book: Book): BookNode[] {
	return book.parts.flatMap((part) => flattenNodes(part.chapters)).filter((node) => node.file !== undefined);
}

/** Where a node sits: its part and, for units and persons, its group. */
export interface NodePlace {
	part: Part;
	group: BookNode | null;
	node: BookNode;
}

/** Find the first node (with its part and group) that satisfies `test`; undefined when none does. */
export function findNode(book: Book, test: (node: BookNode) => boolean): NodePlace | undefined {
	for (const part of book.parts) {
		for (const node of part.chapters) {
			if (test(node)) return { part, group: null, node };
			const child = node.chapters?.find(test);
			if (child) return { part, group: node, node: child };
		}
	}
	return undefined;
}

/** Does the part consist of a single chapter living at the part's own URL (信息化大事记)? */
export function isSingleChapterPart(part: Part): boolean {
	return part.chapters.length === 1 && pagePath(part.chapters[0]!.url) === part.url;
}
