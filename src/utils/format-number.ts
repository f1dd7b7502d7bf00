/**
 * Numbers the Chinese way: large counts in 万 / 亿 / 万亿 rather than thousands and millions,
 * and a unit that absorbs the magnitude (73125 万人 reads 7.31 亿人).
 */

/** The magnitude words of Chinese, largest first. 万亿 is how the yearbook itself writes 10¹². */
const MAGNITUDES = [
	{ word: '万亿', factor: 1e12 },
	{ word: '亿', factor: 1e8 },
	{ word: '万', factor: 1e4 },
] as const;

/** How to show one axis: divide every value by `divisor` and print `unit` beside it. */
export interface DisplayScale {
	/** Divide raw values by this to get the numbers drawn. */
	divisor: number;
	/** The unit of the numbers drawn, e.g. '亿人' for data printed in 万人. */
	unit: string;
}

/** Splits '万人' into { factor: 1e4, base: '人' }; a unit without a magnitude word has factor 1. */
function splitMagnitude(unit: string): { factor: number; base: string } {
	for (const magnitude of MAGNITUDES) {
		if (unit.startsWith(magnitude.word) && unit.length > magnitude.word.length) {
			return { factor: magnitude.factor, base: unit.slice(magnitude.word.length) };
		}
	}
	return { factor: 1, base: unit };
}

/**
 * Only plain counted nouns (人, 户, 元, 美元, 部 …) can take 万/亿. Ratios (部/百人), percentages,
 * index points and Latin units (Mbps) cannot: 亿% or 万Mbps would be nonsense.
 */
function isScalable(base: string): boolean {
	return /^[\u4e00-\u9fff]{1,3}$/.test(base) && !/[指数率比]/.test(base);
}

/**
 * Choose the unit a chart axis should use so that its largest value reads naturally.
 * @param maxAbs the largest absolute value on the axis, in `unit`
 * @param unit the unit as printed in the table (may be empty)
 * @returns the divisor to apply and the unit to print, e.g. (73125, '万人') → { divisor: 1e4, unit: '亿人' }
 */
export function chooseDisplayScale(maxAbs: number, unit: string): DisplayScale {
	const { factor, base } = splitMagnitude(unit);
	if (!isScalable(base) || !Number.isFinite(maxAbs) || maxAbs === 0) return { divisor: 1, unit };
	const absolute = maxAbs * factor;
	for (const magnitude of MAGNITUDES) {
		// Switch magnitude only when the largest value is at least 1 of it: 0.4 亿 reads worse than 4000 万.
		if (absolute >= magnitude.factor) {
			return { divisor: magnitude.factor / factor, unit: magnitude.word + base };
		}
	}
	return { divisor: 1 / factor, unit: base };
}

/**
 * Divide without binary noise, so 0.3 / 1 stays 0.3 and 48232.2 / 1e4 is 4.82322.
 * @param value a raw value
 * @param divisor from {@link chooseDisplayScale}
 */
export function scaleValue(value: number, divisor: number): number {
	return Number((value / divisor).toPrecision(12));
}

/**
 * A number for reading: up to `digits` decimals, trailing zeros dropped, digits grouped by thousands
 * (as Chinese statistical publications print them).
 * @param value the number
 * @param digits the most decimals to show (default 2)
 */
export function formatNumber(value: number, digits = 2): string {
	return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits, useGrouping: true }).format(value);
}

/**
 * A count in 万 / 亿 words for running text, e.g. 731250000 → '7.31亿', 56400 → '5.64万', 950 → '950'.
 * @param value the number in its base unit
 * @param digits the most decimals to show (default 2)
 */
export function formatChineseNumber(value: number, digits = 2): string {
	const abs = Math.abs(value);
	for (const magnitude of MAGNITUDES) {
		if (abs >= magnitude.factor) return `${formatNumber(scaleValue(value, magnitude.factor), digits)}${magnitude.word}`;
	}
	return formatNumber(value, digits);
}

/**
 * A value with its unit the way a sentence or tooltip shows it: '73,125万人', '53.2%', '72.68'.
 * @param value the number as printed in the table
 * @param unit the unit (empty for none)
 */
export function formatWithUnit(value: number, unit: string): string {
	const number = formatNumber(value, 4);
	if (!unit) return number;
	return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
