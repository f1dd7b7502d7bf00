/**
 * From a table and a spec to the numbers a chart draws: categories, series and one unit.
 * Everything here is plain data, so the option builder, the aria text and the tests share it.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import type { Column, Row, Table } from '../schemas/table.ts';
import { normalizeLabel, tableLabel } from './table-lookup.ts';

/** One series: a name and one value per category; null is a gap ('—' or blank), never zero. */
export interface ChartSeries {
	name: string;
	values: (number | null)[];
}

/** What a chart shows, independent of ECharts. */
export interface ChartData {
	type: ChartSpec['type'];
	title: string;
	categories: string[];
	series: ChartSeries[];
	/** Unit of every value as printed in the table ('' when the table prints none). */
	unit: string;
	/** Per category: drawn in the accent colour. */
	highlighted: boolean[];
	/** Notes to print under the chart: the spec's own and any rows left out for lack of data. */
	notes: string[];
}

const UNIT_COLUMN = '单位';

/** A spec that does not fit its table: the message names the spec's table and what is wrong. */
export class ChartSpecError extends Error {}

/** The label of a row: its cell in the label column, as the reader sees it. */
function rowLabel(row: Row, labelIndex: number): string {
	return row.cells[labelIndex]?.text.trim() ?? '';
}

function findColumn(table: Table, wanted: string, candidates: number[]): number {
	const key = normalizeLabel(wanted);
	const byPath = candidates.filter((index) => normalizeLabel(table.columns[index]?.path.join('/') ?? '') === key);
	const matches = byPath.length > 0 ? byPath : candidates.filter((index) => normalizeLabel(table.columns[index]?.label ?? '') === key);
	if (matches.length !== 1) {
		const problem = matches.length === 0 ? 'has no column' : 'has several columns named';
		throw new ChartSpecError(`Table "${table.title}" ${problem} "${wanted}"; name it by its header path.`);
	}
	return matches[0] as number;
}

function labelColumnIndex(spec: ChartSpec, table: Table): number {
	if (spec.labelColumn === undefined) return 0;
	return findColumn(table, spec.labelColumn, table.columns.map((_, index) => index));
}

/** A column label without its printed unit: '网民数 (万人)' → '网民数'. */
function stripUnit(label: string): string {
	return label.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim() || label;
}

function pickRows(spec: ChartSpec, table: Table, labelIndex: number): Row[] {
	const data = table.rows.filter((row) => row.kind === 'data');
	const keyOf = (row: Row): string => normalizeLabel(row.cells[labelIndex]?.text ?? '');
	const excluded = new Set((spec.excludeRows ?? []).map(normalizeLabel));
	if (!spec.rows) return data.filter((row) => !excluded.has(keyOf(row)));
	// Labels can repeat (其中：城镇居民 under three items), so each wanted label takes the next unused row.
	const used = new Set<Row>();
	return spec.rows.map((wanted) => {
		const row = data.find((candidate) => !used.has(candidate) && keyOf(candidate) === normalizeLabel(wanted));
		if (!row) throw new ChartSpecError(`Table "${table.title}" has no row "${wanted}".`);
		used.add(row);
		return row;
	});
}

function pickColumns(spec: ChartSpec, table: Table, labelIndex: number): number[] {
	// The label column names the rows; it never holds values.
	const candidates = table.columns.map((_, index) => index).filter((index) => index !== labelIndex);
	if (!spec.columns) return candidates.filter((index) => table.columns[index]?.numeric);
	return spec.columns.map((wanted) => findColumn(table, wanted, candidates));
}

/** Names for the chosen columns: the year when they share a measure ('2016 年 / 普及率'), else the measure. */
function columnNames(columns: Column[]): string[] {
	const labels = columns.map((column) => stripUnit(column.label));
	const sameMeasure = columns.length > 1 && new Set(labels).size === 1 && columns.every((column) => column.path.length > 1);
	if (sameMeasure) return columns.map((column) => column.path[0] ?? column.label);
	if (new Set(labels).size === labels.length) return labels;
	return columns.map((column) => column.path.map(stripUnit).join(' '));
}

function columnUnit(table: Table, column: Column): string {
	return column.unit ?? table.unit ?? '';
}

function rowUnit(table: Table, row: Row, columns: Column[]): string {
	const unitIndex = table.columns.findIndex((column) => normalizeLabel(column.label) === UNIT_COLUMN);
	if (unitIndex >= 0) return row.cells[unitIndex]?.text.trim() ?? '';
	const units = new Set(columns.map((column) => columnUnit(table, column)));
	return units.size === 1 ? [...units][0] ?? '' : table.unit ?? '';
}

function oneUnit(units: string[], spec: ChartSpec, table: Table): string {
	if (spec.unit !== undefined) return spec.unit;
	const distinct = [...new Set(units)];
	if (distinct.length > 1) {
		throw new ChartSpecError(`Chart of "${table.title}" mixes units (${distinct.join(', ')}); draw one unit per chart.`);
	}
	return distinct[0] ?? '';
}

function cellValue(row: Row, index: number): number | null {
	const value = row.cells[index]?.value;
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Sort a ranking by its last series (the latest year when two are compared), largest first, drop
 * rows without a value there, and keep the top N plus every highlighted category.
 */
function rankCategories(data: ChartData, top: number | undefined): ChartData {
	const key = data.series[data.series.length - 1]?.values ?? [];
	const order = data.categories
		.map((_, index) => index)
		.filter((index) => key[index] !== null)
		.sort((a, b) => (key[b] ?? 0) - (key[a] ?? 0));
	const missing = data.categories.length - order.length;
	const kept = top === undefined ? order : order.filter((index, rank) => rank < top || data.highlighted[index]);
	const notes = [...data.notes];
	if (top !== undefined && order.length > top) notes.push(`图中显示前 ${top} 位${data.highlighted.some(Boolean) ? '及重点标示项' : ''}，共 ${order.length} 项有数据。`);
	if (missing > 0) notes.push(`另有 ${missing} 项缺少数据（原表为“—”），未列入排序。`);
	return {
		...data,
		categories: kept.map((index) => {
			const rank = order.indexOf(index) + 1;
			const label = data.categories[index] ?? '';
			return top !== undefined && rank > top ? `${label}（第 ${rank} 位）` : label;
		}),
		series: data.series.map((series) => ({ ...series, values: kept.map((index) => series.values[index] ?? null) })),
		highlighted: kept.map((index) => data.highlighted[index] ?? false),
		notes,
	};
}

/**
 * The numbers a spec asks for, read from its table.
 * @param spec a validated chart spec
 * @param table the table the spec names
 * @throws ChartSpecError when a row, column or unit in the spec does not fit the table
 */
export function extractChartData(spec: ChartSpec, table: Table): ChartData {
	const labelIndex = labelColumnIndex(spec, table);
	const rows = pickRows(spec, table, labelIndex);
	const columnIndexes = pickColumns(spec, table, labelIndex);
	const columns = columnIndexes.map((index) => table.columns[index] as Column);
	if (rows.length === 0 || columns.length === 0) throw new ChartSpecError(`Chart of "${table.title}" selects no data.`);
	const rowNames = rows.map((row) => rowLabel(row, labelIndex));
	if (spec.categoryLabels && spec.categoryLabels.length !== rows.length) {
		throw new ChartSpecError(`Chart of "${table.title}" gives ${spec.categoryLabels.length} category labels for ${rows.length} rows.`);
	}
	const byRows = spec.series === 'rows';
	const names = spec.categoryLabels ?? rowNames;
	const columnTitles = columnNames(columns);
	const categories = byRows ? columnTitles : names;
	const series: ChartSeries[] = byRows
		? rows.map((row, r) => ({ name: names[r] ?? '', values: columnIndexes.map((c) => cellValue(row, c)) }))
		: columnIndexes.map((index, c) => ({ name: columnTitles[c] ?? '', values: rows.map((row) => cellValue(row, index)) }));
	const units = byRows ? rows.map((row) => rowUnit(table, row, columns)) : columns.map((column) => columnUnit(table, column));
	const wanted = new Set((spec.highlight ?? []).map(normalizeLabel));
	const data: ChartData = {
		type: spec.type,
		title: spec.title ?? tableLabel(table),
		categories,
		series,
		unit: oneUnit(units, spec, table),
		highlighted: categories.map((category) => wanted.has(normalizeLabel(category))),
		notes: spec.note ? [spec.note] : [],
	};
	return spec.type === 'ranking' ? rankCategories(data, spec.top) : data;
}
