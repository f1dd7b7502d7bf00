/**
 * A table as CSV that Excel and scripts both read right: UTF-8 with a BOM (Excel otherwise guesses
 * GBK and garbles the Chinese), one header row of column paths, CRLF line ends (RFC 4180).
 */
import type { Cell, Column, Row, Table } from '../schemas/table.ts';

/** Byte-order mark: tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** Joins the levels of a two-row header into one CSV header: '2012 年 / 网民数 (万人)'. */
export const PATH_SEPARATOR = ' / ';

/**
 * One CSV field, quoted when it holds a comma, quote, line break or edge space (RFC 4180).
 * @param field the field's text
 */
export function csvField(field: string): string {
	return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * The CSV header of a column: its header path joined, e.g. '2016 年 / 普及率 (%)'.
 * @param column a table column
 */
export function columnHeader(column: Column): string {
	return column.path.join(PATH_SEPARATOR);
}

/**
 * What a cell becomes in CSV. A plain number is written as the number (so '109395.0' → 109395 and
 * '↓3.11' → -3.11, which reads back as the same value); a qualified one ('>79', '（55）') keeps its
 * printed text, since the bare number would drop the '>' or the 'cumulative' meaning; '—' stays '—'.
 */
function cellField(cell: Cell, column: Column | undefined): string {
	const label = cell.marker && !cell.text.endsWith(cell.marker) ? `${cell.text}${cell.marker}` : cell.text;
	if (column?.numeric && cell.value !== null && cell.qualifier === undefined) return String(cell.value);
	return label;
}

function rowFields(table: Table, row: Row): string[] {
	if (row.kind === 'data') return table.columns.map((column, index) => cellField(row.cells[index] ?? { text: '', value: null, printed: '' }, column));
	// Group and note rows are one label across the table: it goes in the first column.
	const label = row.cells.map((cell) => cell.text).filter(Boolean).join(' ');
	return table.columns.map((_, index) => (index === 0 ? label : ''));
}

/**
 * The whole table as CSV text, BOM included.
 * @param table a parsed table
 */
export function tableToCsv(table: Table): string {
	const lines = [table.columns.map(columnHeader), ...table.rows.map((row) => rowFields(table, row))];
	return BOM + lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
