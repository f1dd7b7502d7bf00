import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { ClassifiedLine } from '../types.ts';
import type { TableDraft } from './find-table-blocks.ts';
import { headerRowCount, sameHeaderRow } from './resolve-header.ts';
import type { RawRow } from './unfold-side-by-side.ts';

export type RowDisposition = 'table-header' | 'table-row' | 'dropped:repeated-header';

/** The printed grid of one logical table: its header rows and every body row of every block. */
export interface CollectedRows {
	header: string[][];
	rows: RawRow[];
	consumed: Map<number, RowDisposition>;
	diagnostics: Diagnostic[];
}

const cellsOf = (line: ClassifiedLine): string[] => line.cells ?? [line.text];

/**
 * Make a row exactly `width` cells wide, reporting it when it is not: missing cells become empty,
 * surplus cells are joined onto the last one so no text is lost.
 */
function fitRow(line: ClassifiedLine, width: number, diagnostics: Diagnostic[]): string[] {
	const cells = cellsOf(line);
	if (cells.length === width) return cells;
	diagnostics.push(
		diagnostic('TABLE_ROW_WIDTH', line.number, `Table row has ${cells.length} cells, its header has ${width}.`, 'Check for a missing or extra TAB in this line.'),
	);
	if (cells.length < width) return [...cells, ...Array<string>(width - cells.length).fill('')];
	return [...cells.slice(0, width - 1), cells.slice(width - 1).filter((c) => c !== '').join(' ')];
}

/**
 * Take the header rows from the first block and the body rows from every block. A 续表 block repeats
 * the header: those lines are dropped when they match it (spacing ignored), and reported when they do not
 * (they are then kept as rows, so nothing is lost).
 */
export function collectRows(draft: TableDraft): CollectedRows {
	const [first, ...continuations] = draft.blocks;
	const consumed = new Map<number, RowDisposition>();
	const diagnostics: Diagnostic[] = [];
	const headerCount = headerRowCount(first.rows);
	const headerLines = first.rows.slice(0, headerCount);
	const header = headerLines.map(cellsOf);
	const width = header[0]?.length ?? 0;
	for (const line of headerLines) consumed.set(line.number, 'table-header');
	const bodyLines = first.rows.slice(headerCount);
	for (const block of continuations) {
		const repeated = block.rows.slice(0, headerCount);
		const matches = repeated.length === headerCount && repeated.every((line, i) => sameHeaderRow(cellsOf(line), header[i] ?? []));
		if (matches) {
			for (const line of repeated) consumed.set(line.number, 'dropped:repeated-header');
			bodyLines.push(...block.rows.slice(headerCount));
			continue;
		}
		const firstLine = block.rows[0]?.number ?? 0;
		diagnostics.push(
			diagnostic('TABLE_HEADER_MISMATCH', firstLine, `The 续表 block at line ${firstLine} does not start with the table's header (line ${headerLines[0]?.number}).`, 'A continuation should repeat the header; its first lines are kept as rows.'),
		);
		bodyLines.push(...block.rows);
	}
	const rows = bodyLines.map((line) => {
		consumed.set(line.number, 'table-row');
		return { line: line.number, cells: fitRow(line, width, diagnostics) };
	});
	return { header, rows, consumed, diagnostics };
}
