import { parseCellValue } from './parse-cell-value.ts';
import { compact } from './text.ts';

/** A body row as printed: its cells and source line. */
export interface RawRow {
	line: number;
	cells: string[];
}

/** What unfolding a two-up list gives back. */
export interface UnfoldedTable {
	header: string[];
	rows: RawRow[];
}

/** The note that tells a reader why the rows no longer follow the printed lines. */
export const UNFOLDED_NOTE = '原表分左右两栏排印，此处合为一栏，按首列顺序排列。';

/**
 * A header that prints the same columns twice (`排 名\t公司名称\t排 名\t公司名称`) is a list set in two
 * columns to save paper. Returns the width of one half, or 0 when the header is not like that.
 */
export function sideBySideWidth(header: readonly string[]): number {
	const half = header.length / 2;
	if (!Number.isInteger(half) || half < 2) return 0;
	const left = header.slice(0, half).map(compact);
	const right = header.slice(half).map(compact);
	return left.every((label, i) => label !== '' && label === right[i]) ? half : 0;
}

/**
 * Unfold a two-up list into one list: each printed line gives its left and its right half (an empty
 * right half at the end is dropped), and the rows are put in the order of the first column (rank 1 … 100)
 * when that column is numbered. Cells keep their printed text.
 */
export function unfoldSideBySide(header: readonly string[], rows: readonly RawRow[]): UnfoldedTable | undefined {
	const width = sideBySideWidth(header);
	if (width === 0) return undefined;
	const halves = rows.flatMap((row) => {
		const right = row.cells.slice(width);
		const left = { line: row.line, cells: row.cells.slice(0, width) };
		return right.some((c) => c !== '') ? [left, { line: row.line, cells: right }] : [left];
	});
	const rank = (row: RawRow): number | null => parseCellValue(row.cells[0] ?? '').value;
	if (halves.every((row) => rank(row) !== null)) halves.sort((a, b) => (rank(a) ?? 0) - (rank(b) ?? 0));
	return { header: header.slice(0, width), rows: halves };
}
