import type { Row, Table } from '../../../../src/schemas/table.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { ClassifiedLine } from '../types.ts';
import { attachNotes } from './attach-notes.ts';
import { collectRows } from './collect-rows.ts';
import { describeColumns, nameUnlabelledColumns, tableKindOf, tableUnitOf } from './describe-columns.ts';
import { fillDitto } from './fill-ditto.ts';
import { findTableCaption } from './find-table-caption.ts';
import type { TableDraft } from './find-table-blocks.ts';
import { classifyRow, resolveCell } from './resolve-cells.ts';
import { resolveHeader } from './resolve-header.ts';
import { UNFOLDED_NOTE, unfoldSideBySide } from './unfold-side-by-side.ts';

/** What the table pass needs to know about the chapter a table stands in. */
export interface TableSetting {
	id: string;
	chapterId: string;
	partId: string;
	page: number | null;
	titleLines: readonly number[];
}

export interface BuiltTable {
	table: Table;
	/** Line of the first header row: where the table stands in the chapter. */
	placement: number;
	consumed: Map<number, string>;
	diagnostics: Diagnostic[];
}

/**
 * Build one logical table from its tab blocks and the lines around them. `taken` holds lines earlier
 * tables already used, so two tables never share a caption line.
 */
export function buildTable(lines: ClassifiedLine[], draft: TableDraft, setting: TableSetting, taken: ReadonlySet<number>): BuiltTable {
	const first = draft.blocks[0];
	const last = draft.blocks.at(-1) ?? first;
	const headerLine = first.rows[0]?.number ?? 0;
	const diagnostics: Diagnostic[] = [];

	const caption = findTableCaption(lines, first.start, setting.titleLines, taken);
	if (!caption.titled) {
		diagnostics.push(
			diagnostic('TABLE_WITHOUT_TITLE', headerLine, `Table ${setting.id} has no title line above it.`, 'Expected 表 N …, a short label, or the chapter title right above the table.', 'warning'),
		);
	}
	const collected = collectRows(draft);
	diagnostics.push(...collected.diagnostics);
	const unfolded = collected.header.length === 1 ? unfoldSideBySide(collected.header[0] ?? [], collected.rows) : undefined;
	const headerRows = unfolded ? [unfolded.header] : collected.header;
	const rawRows = unfolded ? unfolded.rows : collected.rows;

	const header = resolveHeader(headerRows);
	const rows: Row[] = rawRows.map((raw) => {
		const kind = classifyRow(raw.cells);
		return { kind, cells: raw.cells.map((printed, i) => resolveCell(printed, i === 0 && kind === 'data')), sourceLine: raw.line };
	});
	const dataCells = rows.filter((r) => r.kind === 'data').map((r) => r.cells);
	const columns = nameUnlabelledColumns(describeColumns(header.paths, dataCells, caption.unit), dataCells);
	fillDitto(columns, rows);

	const footer = attachNotes(lines, last.end);
	const gridNotes = rows.filter((r) => r.kind === 'note').map((r) => r.cells[0]?.text ?? '');
	const consumed = new Map<number, string>([...caption.consumed, ...collected.consumed, ...footer.consumed]);
	for (const marker of draft.continuationMarkers) consumed.set(marker, 'dropped:continued-table-marker');

	const lastLine = Math.max(last.rows.at(-1)?.number ?? headerLine, ...footer.consumed.keys());
	const table: Table = {
		id: setting.id,
		number: caption.number,
		title: caption.title,
		chapter: setting.chapterId,
		part: setting.partId,
		unit: tableUnitOf(columns, caption.unit),
		kind: tableKindOf(columns, dataCells),
		columns,
		header: header.display,
		rows,
		notes: [...gridNotes, ...footer.notes, ...(unfolded ? [UNFOLDED_NOTE] : [])],
		sources: footer.sources,
		sourceLines: [caption.firstLine ?? headerLine, lastLine],
		blocks: draft.blocks.map((b) => [b.rows[0]?.number ?? 0, b.rows.at(-1)?.number ?? 0]),
		page: setting.page,
	};
	return { table, placement: headerLine, consumed, diagnostics };
}
