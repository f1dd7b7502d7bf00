/**
 * A table of the book as an HTML `<table>`: the printed header with its spans, body rows with ditto
 * cells drawn as rowspans, group rows as full-width row headers, note rows, numbers right-aligned.
 */
import { attrs, escapeHtml } from '../../charts/html.ts';
import type { Cell, Row, Table } from '../../schemas/table.ts';

/** A label cell's text with its footnote marker (`*`) set as a superscript. */
function cellContent(cell: Cell): string {
	const text = escapeHtml(cell.text);
	return cell.marker && !cell.text.endsWith(cell.marker) ? `${text}<sup class="marker">${escapeHtml(cell.marker)}</sup>` : text;
}

function headerRows(table: Table): string {
	return table.header
		.map((row) => {
			const cells = row.map((cell) => {
				const scope = cell.colspan > 1 ? 'colgroup' : 'col';
				return `<th${attrs({ scope, colspan: cell.colspan > 1 ? cell.colspan : undefined, rowspan: cell.rowspan > 1 ? cell.rowspan : undefined })}>${escapeHtml(cell.text)}</th>`;
			});
			return `<tr>${cells.join('')}</tr>`;
		})
		.join('');
}

function dataRow(table: Table, row: Row): string {
	const cells = row.cells.map((cell, index) => {
		if (cell.hidden) return '';
		const span = cell.rowspan && cell.rowspan > 1 ? cell.rowspan : undefined;
		if (index === 0) return `<th${attrs({ scope: 'row', rowspan: span })}>${cellContent(cell)}</th>`;
		const numeric = table.columns[index]?.numeric ?? false;
		const className = [numeric ? 'num' : '', cell.qualifier === 'missing' ? 'missing' : ''].filter(Boolean).join(' ');
		const title = cell.qualifier === 'missing' ? '原表缺数据' : undefined;
		return `<td${attrs({ class: className || undefined, rowspan: span, title })}>${cellContent(cell)}</td>`;
	});
	return `<tr>${cells.join('')}</tr>`;
}

function bodyRow(table: Table, row: Row): string {
	const width = table.columns.length;
	const label = row.cells.map((cell) => cell.text).filter(Boolean).join(' ');
	if (row.kind === 'group') return `<tr class="group"><th scope="rowgroup" colspan="${width}">${escapeHtml(label)}</th></tr>`;
	if (row.kind === 'note') return `<tr class="note"><td colspan="${width}">${escapeHtml(label)}</td></tr>`;
	return dataRow(table, row);
}

/**
 * The `<table>` element of a table (no caption: the surrounding figure has it).
 * @param table a parsed table
 */
export function renderTableHtml(table: Table): string {
	const body = table.rows.map((row) => bodyRow(table, row)).join('');
	return `<table class="yb-table"><thead>${headerRows(table)}</thead><tbody>${body}</tbody></table>`;
}
