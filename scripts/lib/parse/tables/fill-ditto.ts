import type { Column, Row } from '../../../../src/schemas/table.ts';

/**
 * In a text column, an empty cell under a filled one means 'same as above' (the printed table merged the
 * cells vertically, e.g. 示范方向). Fill such cells from above, mark them `ditto`, and give the first cell
 * of each run a `rowspan` and the others `hidden`, so a renderer can draw the merged cell again.
 * Numeric columns are left alone: there an empty cell is a missing value. Group and note rows end a run.
 * Returns how many cells were filled.
 */
export function fillDitto(columns: readonly Column[], rows: Row[]): number {
	let filled = 0;
	columns.forEach((column, index) => {
		if (column.numeric) return;
		let runHead: Row['cells'][number] | undefined;
		for (const row of rows) {
			const cell = row.cells[index];
			if (row.kind !== 'data' || !cell) {
				runHead = undefined;
				continue;
			}
			if (cell.printed !== '') {
				runHead = cell;
				continue;
			}
			if (!runHead) continue;
			cell.text = runHead.text;
			cell.value = runHead.value;
			cell.ditto = true;
			cell.hidden = true;
			runHead.rowspan = (runHead.rowspan ?? 1) + 1;
			filled += 1;
		}
	});
	return filled;
}
