import type { Cell } from '../../../../src/schemas/table.ts';
import { parseCellValue } from './parse-cell-value.ts';
import { collapseCjkSpaces } from './text.ts';

/** `固定资产投资*`, `邮政业务收入**`: a row label pointing at the 注 or 数据来源 line below the table. */
const FOOTNOTE_MARKER = /^(.*?[^*\s])\s*(\*+)$/;

/**
 * Read one printed cell. `isRowLabel` marks the first cell of a row, whose trailing `*` markers are
 * footnote references, not part of the label.
 */
export function resolveCell(printed: string, isRowLabel: boolean): Cell {
	const marked = isRowLabel ? FOOTNOTE_MARKER.exec(printed) : null;
	const text = collapseCjkSpaces(marked ? (marked[1] ?? '') : printed);
	const parsed = parseCellValue(text);
	const cell: Cell = { text, value: parsed.value, printed };
	if (parsed.qualifier) cell.qualifier = parsed.qualifier;
	if (marked?.[2]) cell.marker = marked[2];
	return cell;
}

/** Row kinds: a section label inside the grid, a 注 printed inside the grid, or a record. */
export type RowKind = 'data' | 'group' | 'note';

/**
 * Only the first cell filled: `注…` is a note printed inside the grid, anything else a group label
 * (`信息技术与产业`). Two-column tables are left alone: there an empty second cell is just missing.
 */
export function classifyRow(printed: readonly string[]): RowKind {
	const [first = '', ...rest] = printed;
	if (first === '' || rest.length === 0 || rest.some((c) => c !== '')) return 'data';
	if (/^注\s*[:：]/.test(first)) return 'note';
	return printed.length >= 3 ? 'group' : 'data';
}
