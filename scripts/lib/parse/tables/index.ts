import type { Table } from '../../../../src/schemas/table.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ClassifiedLine } from '../types.ts';
import { buildTable } from './build-table.ts';
import { findTableBlocks } from './find-table-blocks.ts';

export interface TableChapterContext {
	chapterId: string;
	chapterTitle: string;
	partId: string;
	page: number | null;
	/** Source lines holding the chapter title (1 or 2 lines). A table directly under them is titled by the chapter title (基础数据篇, 附录 lists). */
	titleLines: number[];
	/** Returns the next book-wide table id: t001, t002 … (call once per logical table, in source order). */
	nextTableId: () => string;
}

export interface ExtractedTables {
	tables: Table[];
	/** Where each table stands in the chapter: the line of its first header row. */
	placements: { line: number; tableId: string }[];
	/**
	 * Every source line the tables used or dropped → disposition: 'table-title' | 'table-unit' | 'table-header' |
	 * 'table-row' | 'table-note' | 'table-source' | 'dropped:repeated-header' | 'dropped:continued-table-marker'.
	 * Blank lines are not included, nor the chapter title lines.
	 */
	consumed: Map<number, string>;
	diagnostics: Diagnostic[];
}

/**
 * The table pass for one chapter: find its tab blocks, merge 续表 continuations, and read each logical
 * table's caption, header, cells, notes and sources. `lines` are all lines of the chapter, title first.
 */
export function extractTables(lines: ClassifiedLine[], context: TableChapterContext): ExtractedTables {
	const found = findTableBlocks(lines);
	const consumed = new Map<number, string>();
	for (const marker of found.orphanMarkers) consumed.set(marker, 'dropped:continued-table-marker');
	const diagnostics: Diagnostic[] = [...found.diagnostics];
	const tables: Table[] = [];
	const placements: ExtractedTables['placements'] = [];
	for (const draft of found.drafts) {
		const setting = { id: context.nextTableId(), chapterId: context.chapterId, partId: context.partId, page: context.page, titleLines: context.titleLines };
		const built = buildTable(lines, draft, setting, new Set(consumed.keys()));
		tables.push(built.table);
		placements.push({ line: built.placement, tableId: built.table.id });
		for (const [line, disposition] of built.consumed) consumed.set(line, disposition);
		diagnostics.push(...built.diagnostics);
	}
	return { tables, placements, consumed, diagnostics };
}
