/**
 * How a chart spec finds its table: by printed title (white space ignored) and, when titles repeat,
 * by chapter. See src/schemas/chart.ts for why titles, not ids.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import type { Table } from '../schemas/table.ts';

/**
 * A label as a matching key: no white space at all (the source letter-spaces names, `北 京`), no
 * footnote stars, and ASCII brackets for full-width ones.
 * @param label a title, row label or column label
 */
export function normalizeLabel(label: string): string {
	return label
		.replace(/[\s\u3000]+/gu, '')
		.replace(/\*+$/u, '')
		.replace(/（/gu, '(')
		.replace(/）/gu, ')');
}

/**
 * The table's name as a caption prints it: '表 1 2016 年…' or just the title when it has no number.
 * @param table a table
 */
export function tableLabel(table: Pick<Table, 'number' | 'title'>): string {
	return table.number ? `${table.number} ${table.title}` : table.title;
}

/**
 * The table a spec names.
 * @param spec a chart spec
 * @param tables every table of the book
 * @throws Error when no table or more than one matches
 */
export function findTable(spec: Pick<ChartSpec, 'table' | 'chapter'>, tables: readonly Table[]): Table {
	const key = normalizeLabel(spec.table);
	const matches = tables.filter(
		(table) => normalizeLabel(table.title) === key && (spec.chapter === undefined || table.chapter === spec.chapter),
	);
	if (matches.length === 1) return matches[0] as Table;
	if (matches.length === 0) throw new Error(`No table is titled "${spec.table}"${spec.chapter ? ` in ${spec.chapter}` : ''}.`);
	throw new Error(`${matches.length} tables are titled "${spec.table}" (${matches.map((t) => t.chapter).join(', ')}); add "chapter".`);
}
