import type { ClassifiedLine } from '../types.ts';
import { collapseCjkSpaces, compact } from './text.ts';

/** A header cell as drawn, with the spans that restore the printed layout. */
export interface HeaderCell {
	text: string;
	colspan: number;
	rowspan: number;
}

/** What the header says about each column: its labels from the top row down. */
export interface ResolvedHeader {
	paths: string[][];
	display: HeaderCell[][];
}

/**
 * How many of the block's first lines are header rows: two when the second line starts with an empty
 * cell (the first column's label spans both rows), else one.
 */
export function headerRowCount(block: readonly ClassifiedLine[]): 1 | 2 {
	const second = block[1];
	return block.length > 2 && second?.cells?.[0] === '' && (block[0]?.cells?.[0] ?? '') !== '' ? 2 : 1;
}

/** The two header rows are the same once spacing is ignored (`等 级` = `等级`). */
export function sameHeaderRow(a: readonly string[], b: readonly string[]): boolean {
	return compact(a.join('\t')) === compact(b.join('\t')) && a.length === b.length;
}

/** A one-row header: every cell is its own column. */
function resolveSingleRow(row: readonly string[]): ResolvedHeader {
	const labels = row.map(collapseCjkSpaces);
	return {
		paths: labels.map((label) => [label]),
		display: [labels.map((text) => ({ text, colspan: 1, rowspan: 1 }))],
	};
}

/**
 * A two-row header whose spans are written positionally: in the top row a label followed by empty cells
 * spans those columns (`2012 年\t\t2013 年\t`); an empty cell in the bottom row means the label above
 * spans both rows (`电子商务销售额 (亿元)`).
 */
function resolveTwoRows(topRow: readonly string[], bottomRow: readonly string[]): ResolvedHeader {
	const top = topRow.map(collapseCjkSpaces);
	const bottom = bottomRow.map(collapseCjkSpaces);
	const paths: string[][] = [];
	const topCells: HeaderCell[] = [];
	const bottomCells: HeaderCell[] = [];
	let owner: HeaderCell | undefined;
	top.forEach((label, column) => {
		const below = bottom[column] ?? '';
		if (label !== '' || !owner) {
			owner = { text: label, colspan: 1, rowspan: below === '' ? 2 : 1 };
			topCells.push(owner);
		} else {
			owner.colspan += 1;
			owner.rowspan = 1;
		}
		if (below === '') {
			paths.push([owner.text]);
		} else {
			bottomCells.push({ text: below, colspan: 1, rowspan: 1 });
			paths.push(owner.text === '' ? [below] : [owner.text, below]);
		}
	});
	return { paths, display: [topCells, bottomCells] };
}

/** Turn the printed header rows into column paths and the display header. */
export function resolveHeader(rows: readonly (readonly string[])[]): ResolvedHeader {
	const [top = [], bottom] = rows;
	return bottom ? resolveTwoRows(top, bottom) : resolveSingleRow(top);
}
