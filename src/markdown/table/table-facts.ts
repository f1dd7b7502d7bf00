/** What the table page and the data catalogue say about a table: where it stands, its size, its source. */
import type { Book } from '../../schemas/book.ts';
import type { Table } from '../../schemas/table.ts';
import { tableToCsv } from '../../utils/table-to-csv.ts';
import { tablePaths } from './render-table-figure.ts';

export interface TableFacts {
	partTitle: string;
	chapterTitle: string;
	chapterUrl: string;
	/** Data rows (group and note rows are labels, not records). */
	dataRows: number;
	columns: number;
	unit: string;
	/** Sources as printed, or '' when the book prints none under the table. */
	source: string;
	/** Size of the CSV download in bytes. */
	csvBytes: number;
	paths: ReturnType<typeof tablePaths>;
}

/** Find a chapter node (also inside groups) by its book id. */
function findChapter(book: Book, id: string): { part: Book['parts'][number]; title: string; url: string } | undefined {
	for (const part of book.parts) {
		for (const node of part.chapters) {
			const match = node.id === id ? node : node.chapters?.find((child) => child.id === id);
			if (match) return { part, title: match.title, url: match.url };
		}
	}
	return undefined;
}

/**
 * The facts of one table, looked up in the book tree.
 * @param table a parsed table
 * @param book content/book.json
 */
export function tableFacts(table: Table, book: Book): TableFacts {
	const chapter = findChapter(book, table.chapter);
	return {
		partTitle: chapter?.part.title ?? table.part,
		chapterTitle: chapter?.title ?? table.chapter,
		chapterUrl: chapter?.url ?? '/',
		dataRows: table.rows.filter((row) => row.kind === 'data').length,
		columns: table.columns.length,
		unit: table.unit ?? [...new Set(table.columns.map((column) => column.unit).filter(Boolean))].join('、'),
		source: table.sources.join(' '),
		csvBytes: new TextEncoder().encode(tableToCsv(table)).length,
		paths: tablePaths(table.id),
	};
}

/**
 * A byte count for people: '2.4 KB', '812 B'.
 * @param bytes a size in bytes
 */
export function formatBytes(bytes: number): string {
	return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
