/**
 * The book as the Starlight baseline had it (team notes, baseline-starlight.md §1.3): naive Markdown
 * cut straight from the source text, one file per chapter. Pure: book.json and the source lines in,
 * files out.
 *
 * Of the two ways the brief allows, this one takes each chapter's text from
 * content/source/zgxxh-2017.txt by the source line numbers in content/book.json, not from our parsed
 * chapters: the baseline was made from the raw text, so this keeps its mistakes too (page-break
 * splits, 续表 pieces, metadata lines as headings), and with them its size (≈ 2.4 MB).
 */
import type { Book, BookNode } from '../../../src/schemas/book.ts';

/** One Markdown file of the Starlight project. */
export interface DocFile {
	/** Path under src/content/docs/, '/' separated. */
	path: string;
	text: string;
}

/**
 * The file name of a chapter: its title without whitespace, punctuation and symbols, so that the
 * slug Astro derives from it is the name itself (as in the baseline).
 * @param title a chapter title
 */
export function fileName(title: string): string {
	return title.replace(/[\s\p{P}\p{S}]/gu, '');
}

const cells = (line: string): string => `| ${line.split('\t').join(' | ')} |`;

/**
 * Naive Markdown of source lines: every non-empty line a paragraph, a line starting with 【 a `##`
 * heading, every run of adjacent TAB-separated lines a GFM table headed by its first line. No
 * repair, no escaping (the source needs none: no `|`, `<tag` or `{`).
 * @param lines source lines, in order
 */
export function naiveMarkdown(lines: readonly string[]): string {
	const blocks: string[] = [];
	let table: string[] = [];
	const closeTable = (): void => {
		if (table.length === 0) return;
		const width = (table[0] as string).split('\t').length;
		blocks.push([table[0] as string, Array(width).fill('---').join('\t'), ...table.slice(1)].map(cells).join('\n'));
		table = [];
	};
	for (const line of lines) {
		if (line.includes('\t')) {
			table.push(line);
			continue;
		}
		closeTable();
		const text = line.trim();
		if (text) blocks.push(text.startsWith('【') ? `## ${text}` : text);
	}
	closeTable();
	return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/**
 * A Markdown file with front matter. The title goes in as a JSON string, which YAML reads as is.
 * @param order sidebar position, or undefined for none
 */
function page(title: string, order: number | undefined, body: string): string {
	const sidebar = order === undefined ? '' : `sidebar:\n  order: ${order}\n`;
	return `---\ntitle: ${JSON.stringify(title)}\n${sidebar}---\n\n${body}`;
}

/**
 * Every chapter's body range: from the line after its title to the line before the next title of
 * any kind (chapter, group or part) in body order, as the baseline cut it. Where the body's order
 * differs from the 目录's (张灏 / 于亚东), a bio's tail thus lands on the next person's page.
 * @returns first and last line (1-based, inclusive) of each chapter's body, by node id
 */
export function bodyRanges(book: Book, sourceLineCount: number): Map<string, [number, number]> {
	const chapters: BookNode[] = [];
	const titleLines = new Set<number>();
	const visit = (node: BookNode): void => {
		titleLines.add(node.sourceLines[0]);
		if (node.kind !== 'group') chapters.push(node);
		for (const child of node.chapters ?? []) visit(child);
	};
	for (const part of book.parts) {
		titleLines.add(part.sourceLines[0]);
		for (const node of part.chapters) visit(node);
	}
	const starts = [...titleLines].sort((a, b) => a - b);
	const ranges = new Map<string, [number, number]>();
	for (const chapter of chapters) {
		const start = chapter.sourceLines[0];
		const next = starts.find((line) => line > start) ?? sourceLineCount + 1;
		ranges.set(chapter.id, [start + 1, next - 1]);
	}
	return ranges;
}

/**
 * The Starlight project's src/content/docs/: one file per chapter (211 articles and bios plus
 * 信息化大事记), titled in the 目录's spelling and ordered as in the book, and index.md with the
 * 编辑说明 and the list of parts.
 * @param book content/book.json
 * @param source the source text's lines (line n at index n - 1)
 */
export function starlightDocs(book: Book, source: readonly string[]): DocFile[] {
	const lines = (from: number, to: number): string[] => source.slice(from - 1, to);
	const ranges = bodyRanges(book, source.length);
	const notes = book.front.find((section) => section.id === 'front-notes');
	if (!notes) throw new Error('book.json has no 编辑说明 (front-notes)');
	const parts = book.parts.map((part) => `- ${part.title}`).join('\n');
	const files: DocFile[] = [{ path: 'index.md', text: page(book.title, undefined, `${naiveMarkdown(lines(notes.sourceLines[0] + 1, notes.sourceLines[1]))}\n${parts}\n`) }];
	let order = 0;
	const add = (node: BookNode, folder: string): void => {
		if (node.kind === 'group') {
			for (const child of node.chapters ?? []) add(child, `${folder}/${node.title}`);
			return;
		}
		const [from, to] = ranges.get(node.id) as [number, number];
		const title = node.tocTitle ?? node.title;
		const name = node.kind === 'chronicle' ? 'index' : fileName(title);
		files.push({ path: `${folder}/${name}.md`, text: page(title, ++order, naiveMarkdown(lines(from, to))) });
	};
	for (const part of book.parts) for (const node of part.chapters) add(node, part.title);
	return files;
}
