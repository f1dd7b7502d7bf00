/**
 * The `<figure class="data-table">` that stands wherever the book has a table: caption, the table's
 * charts (with a chart ⇄ table switch added by the browser), the table in its own scroll box,
 * notes, sources and the data-out links.
 */
import { escapeHtml } from '../../charts/html.ts';
import { chartFigureHtml, type RenderedChart } from '../../charts/render-chart-figure.ts';
import { tableLabel } from '../../charts/table-lookup.ts';
import type { Table } from '../../schemas/table.ts';
import { renderTableHtml } from './render-table-html.ts';

/** Where a table's own page and downloads live. */
export function tablePaths(id: string): { page: string; csv: string; json: string } {
	return { page: `/tables/${id}/`, csv: `/tables/${id}.csv`, json: `/tables/${id}.json` };
}

function caption(table: Table): string {
	const number = table.number ? `<span class="data-table__number">${escapeHtml(table.number)}</span> ` : '';
	const unit = table.unit ? ` <span class="data-table__unit">单位：${escapeHtml(table.unit)}</span>` : '';
	return `<figcaption class="data-table__caption">${number}<span class="data-table__title">${escapeHtml(table.title)}</span>${unit}</figcaption>`;
}

function links(table: Table, onTablePage: boolean): string {
	const paths = tablePaths(table.id);
	const items = [
		`<a href="${paths.csv}" download="${table.id}.csv">下载 CSV</a>`,
		`<a href="${paths.json}" download="${table.id}.json">JSON</a>`,
		onTablePage ? '' : `<a href="${paths.page}">表格页</a>`,
		`<a href="${onTablePage ? '' : paths.page}#cite">引用</a>`,
	];
	return `<p class="data-table__links" data-pagefind-ignore>${items.filter(Boolean).join(' · ')}</p>`;
}

/** Options for {@link renderTableFigure}. */
export interface TableFigureOptions {
	/** Charts of this table, drawn above it. */
	charts?: RenderedChart[];
	/** On /tables/<id>/ itself the link to the table page is left out. */
	onTablePage?: boolean;
}

/**
 * The whole figure of one table, as an HTML string.
 * @param table a parsed table
 * @param options its charts, and whether this is the table's own page
 */
export function renderTableFigure(table: Table, options: TableFigureOptions = {}): string {
	const charts = options.charts ?? [];
	const chartBlock = charts.length > 0 ? `<div class="data-table__charts">${charts.map(chartFigureHtml).join('')}</div>` : '';
	const notes = table.notes.map((note) => `<p class="data-table__note">${escapeHtml(note)}</p>`).join('');
	const sources = table.sources.map((source) => `<p class="data-table__source">${escapeHtml(source)}</p>`).join('');
	const scrollLabel = `${tableLabel(table)}（表格可横向滚动）`;
	return [
		// On its own page a table shows charts and table together; elsewhere the reader switches between them.
		`<figure class="data-table" id="${escapeHtml(table.id)}" data-table="${escapeHtml(table.id)}"${charts.length > 0 && !options.onTablePage ? ' data-has-chart' : ''}>`,
		caption(table),
		chartBlock,
		`<div class="data-table__scroll" tabindex="0" role="region" aria-label="${escapeHtml(scrollLabel)}">`,
		renderTableHtml(table),
		'</div>',
		notes,
		sources,
		links(table, options.onTablePage ?? false),
		'</figure>',
	].join('');
}
