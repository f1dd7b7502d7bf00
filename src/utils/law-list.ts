import type { Table } from '../schemas/table.ts';

/** Header labels of the 法规目录 columns the filter works on. */
export const ISSUER_LABEL = '颁布单位';
export const DATE_LABEL = '颁布时间';

/** Is this table a 法规目录 list (it has 颁布单位 and 颁布时间 columns)? */
export function isLawList(table: Pick<Table, 'columns'>): boolean {
	const labels = table.columns.map((column) => column.label.replace(/\s+/g, ''));
	return labels.includes(ISSUER_LABEL) && labels.includes(DATE_LABEL);
}

/**
 * The issuing bodies named in a 颁布单位 cell: the book separates joint issuers with spaces (or 、)
 * and ends a long list with 等, e.g. `国家发展和改革委员会 工业和信息化部 国土资源部等`.
 */
export function issuerNames(cell: string): string[] {
	return cell
		.split(/[\s、，,]+/)
		.map((name) => name.replace(/等$/, ''))
		.filter((name) => name.length > 0);
}

/** The year of a 颁布时间 cell such as `2017-6-26` or `2017年6月26日`, or null. */
export function yearOf(cell: string): string | null {
	return /(19|20)\d{2}/.exec(cell)?.[0] ?? null;
}

/** Options for a filter select: distinct values, most frequent first, then in Chinese collation order. */
export function filterOptions(values: readonly string[]): string[] {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b, 'zh-CN'));
}
