import type { Cell } from '../../../../src/schemas/table.ts';

export type Qualifier = NonNullable<Cell['qualifier']>;

/** What a printed cell means as a number. */
export interface CellValue {
	value: number | null;
	qualifier?: Qualifier;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const PLAIN = new RegExp(`^[+-]?${NUMBER}$`);
/** `↑6.94`, `↑ 2.58`, `↓ 3.11`: a change printed with an arrow instead of a sign. */
const ARROW = new RegExp(`^([↑↓])\\s*(${NUMBER})$`);
/** `29%`: the unit printed inside the cell. */
const PERCENT = new RegExp(`^(${NUMBER})\\s*[%％]$`);
/** `（55）`, `(2.8)`: the 十三五 tables' notation for a five-year cumulative figure. */
const CUMULATIVE = new RegExp(`^[（(]\\s*(${NUMBER})\\s*[）)]$`);
/** `>79`, `<1`, `(>15)`: a bound, not a value. */
const BOUND = new RegExp(`^[（(]?\\s*([>＞≥<＜≤])\\s*${NUMBER}\\s*[）)]?$`);
/** `32/28`: two alternatives (a process node printed as 32/28 nm). */
const RATIO = new RegExp(`^${NUMBER}\\s*/\\s*${NUMBER}$`);
/** `25 (国家知识产权局 12 次, 地方知识产权局 13 次)`: a total followed by its breakdown. */
const WITH_BREAKDOWN = new RegExp(`^(${NUMBER})\\s*[（(].*[）)]$`);
/** `—`: printed in place of a value that was not available. */
const MISSING = /^[—–－-]+$/;

/**
 * Read the number a printed cell stands for. Text, blanks and identifiers-to-be give `value: null`;
 * forms that are not plain values say how they relate to the number in `qualifier`.
 */
export function parseCellValue(printed: string): CellValue {
	const text = printed.trim();
	if (text === '') return { value: null };
	if (PLAIN.test(text)) return { value: Number(text) };
	if (MISSING.test(text)) return { value: null, qualifier: 'missing' };
	const arrow = ARROW.exec(text);
	if (arrow) return { value: (arrow[1] === '↓' ? -1 : 1) * Number(arrow[2]) };
	const percent = PERCENT.exec(text);
	if (percent) return { value: Number(percent[1]) };
	const cumulative = CUMULATIVE.exec(text);
	if (cumulative) return { value: Number(cumulative[1]), qualifier: 'cumulative' };
	const bound = BOUND.exec(text);
	if (bound) return { value: null, qualifier: /[>＞≥]/.test(bound[1] ?? '') ? 'greater' : 'less' };
	if (RATIO.test(text)) return { value: null, qualifier: 'ratio' };
	const total = WITH_BREAKDOWN.exec(text);
	if (total) return { value: Number(total[1]) };
	return { value: null };
}

/** The cell reads as a quantity (a number, or a bound/ratio/missing mark standing where a number would be). */
export function isQuantity(parsed: { value: number | null; qualifier?: Qualifier | undefined }): boolean {
	return parsed.value !== null || parsed.qualifier !== undefined;
}
