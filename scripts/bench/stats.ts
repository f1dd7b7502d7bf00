/** Small, pure helpers for summarising and printing bench figures. */

/** Median, minimum and maximum of a set of samples. */
export interface Summary {
	median: number;
	min: number;
	max: number;
	runs: number;
}

/**
 * Median of the samples (mean of the middle two for an even count).
 * @param samples at least one number
 */
export function median(samples: readonly number[]): number {
	if (samples.length === 0) throw new Error('median of no samples');
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Median and spread of the samples.
 * @param samples at least one number
 */
export function summarize(samples: readonly number[]): Summary {
	return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length };
}

/**
 * Bytes as `12.3 KB` / `4.56 MB` (1 KB = 1024 bytes, as the Starlight anchor figures are).
 * @param bytes a byte count
 */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/**
 * Milliseconds as `850 ms` or `4.21 s`.
 * @param ms a duration
 */
export function formatMs(ms: number): string {
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/**
 * `median (min–max, n runs)` in the given unit.
 * @param summary from summarize()
 * @param format formatMs or formatBytes
 */
export function formatSummary(summary: Summary, format: (value: number) => string = formatMs): string {
	return `${format(summary.median)} (${format(summary.min)}–${format(summary.max)}, ${summary.runs} runs)`;
}

/** One printed line of the bench: what was measured, its value, and the target to compare with. */
export interface Row {
	section: string;
	name: string;
	value: string;
	target?: string | undefined;
}

/**
 * The rows as an aligned plain-text table grouped by section.
 * @param rows in print order
 */
export function formatTable(rows: readonly Row[]): string {
	const nameWidth = Math.max(0, ...rows.map((row) => displayWidth(row.name)));
	const valueWidth = Math.max(0, ...rows.map((row) => displayWidth(row.value)));
	const lines: string[] = [];
	let section = '';
	for (const row of rows) {
		if (row.section !== section) {
			section = row.section;
			lines.push('', section);
		}
		const target = row.target ? `  ${' '.repeat(valueWidth - displayWidth(row.value))}target: ${row.target}` : '';
		lines.push(`  ${row.name}${' '.repeat(nameWidth - displayWidth(row.name))}  ${row.value}${target}`);
	}
	return lines.join('\n').trimStart();
}

/**
 * Columns a string takes in a terminal: CJK and full-width characters take two.
 * @param text any string
 */
export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
	return width;
}
