import type { Cell, Column } from '../../../../src/schemas/table.ts';
import { isQuantity } from './parse-cell-value.ts';

/** `软件业务收入（万元）`, `普及率 (%)`: a short unit in brackets at the end of a header label. */
const HEADER_UNIT = /[（(]\s*([^（）()、，,]{1,8}?)\s*[）)]$/;
/** Header words that name identifiers (licence numbers, codes): digits, but not quantities. */
const IDENTIFIER_HEADER = /编号|代码|证号|号码|编码/;
/** Long fixed-width digit strings (`10120170001`) are identifiers even under an unexpected header. */
const IDENTIFIER_DIGITS = /^\d{10,}$/;

/** The unit printed at the end of the lowest header label that has one, or null. */
export function headerUnit(path: readonly string[]): string | null {
	for (const label of [...path].reverse()) {
		const unit = HEADER_UNIT.exec(label)?.[1];
		if (unit !== undefined && !/^\d+$/.test(unit)) return unit;
	}
	return null;
}

/** The column holds identifiers: kept as text so nobody sums or charts them. */
function isIdentifierColumn(label: string, cells: readonly Cell[]): boolean {
	if (IDENTIFIER_HEADER.test(label)) return true;
	const filled = cells.filter((c) => c.text !== '');
	return filled.length > 0 && filled.every((c) => IDENTIFIER_DIGITS.test(c.text) && c.text.length === filled[0]?.text.length);
}

/** Most filled cells read as quantities (`—` and bounds count: they stand where a number would). */
function isNumericColumn(cells: readonly Cell[]): boolean {
	const filled = cells.filter((c) => c.text !== '');
	const quantities = filled.filter((c) => isQuantity(c));
	return quantities.some((c) => c.value !== null) && quantities.length * 2 > filled.length;
}

/**
 * Describe every column from its header path and its data cells, and clear the value of identifier cells.
 * `tableUnit` (from a `单位：` line) is the unit of numeric columns whose header names none.
 */
export function describeColumns(paths: readonly string[][], dataRows: readonly Cell[][], tableUnit: string | null): Column[] {
	return paths.map((path, index) => {
		const label = path.at(-1) ?? '';
		const cells = dataRows.map((row) => row[index]).filter((c): c is Cell => c !== undefined);
		if (isIdentifierColumn(label, cells)) {
			for (const cell of cells) {
				cell.value = null;
				delete cell.qualifier;
			}
			return { key: `c${index}`, label, path: [...path], unit: null, numeric: false };
		}
		const numeric = isNumericColumn(cells);
		const unit = numeric ? (headerUnit(path) ?? tableUnit) : null;
		return { key: `c${index}`, label, path: [...path], unit, numeric };
	});
}

/**
 * The table's unit: the `单位：` line if printed, else the one unit every numeric column shares, else null.
 */
export function tableUnitOf(columns: readonly Column[], printedUnit: string | null): string | null {
	if (printedUnit) return printedUnit;
	const units = new Set(columns.filter((c) => c.numeric).map((c) => c.unit));
	const [only] = units;
	return units.size === 1 && only ? only : null;
}

/** A `单 位` column prints each row's unit: it describes the numbers, so it counts as a label. */
const isUnitColumn = (column: Column | undefined): boolean => column?.label.replace(/\s+/g, '') === '单位';

/**
 * 'data' when most cells outside the label columns (the first column and a `单位` column) read as
 * quantities, else 'list'.
 */
export function tableKindOf(columns: readonly Column[], dataRows: readonly Cell[][]): 'data' | 'list' {
	let quantities = 0;
	let filled = 0;
	for (const row of dataRows) {
		row.forEach((cell, i) => {
			const column = columns[i];
			if (i === 0 || cell.text === '' || isUnitColumn(column)) return;
			filled += 1;
			if (column?.numeric && isQuantity(cell)) quantities += 1;
		});
	}
	return quantities * 2 > filled ? 'data' : 'list';
}

/** `2011年`, `2016 年`: a row label that is a year. */
const YEAR_LABEL = /^\d{4}\s*年$/;

/**
 * Give a column whose header cell is printed empty a name a reader can use: the top-left cell of 表1
 * 两化融合各类指数 heads a column of years (and their 增长量 rows), so it becomes 年份; other empty
 * header cells become 项目.
 */
export function nameUnlabelledColumns(columns: Column[], dataRows: readonly Cell[][]): Column[] {
	return columns.map((column, index) => {
		if (column.label !== '') return column;
		const cells = dataRows.map((row) => row[index]?.text ?? '').filter((t) => t !== '');
		const years = cells.filter((t) => YEAR_LABEL.test(t)).length;
		const label = years * 2 > cells.length ? '年份' : '项目';
		return { ...column, label, path: [...column.path.slice(0, -1), label] };
	});
}
