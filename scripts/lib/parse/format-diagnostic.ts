import type { Diagnostic } from './diagnostics.ts';

/**
 * A diagnostic as people read it: code, message, line, then the source around the line with a caret.
 *
 * ```text
 * TABLE_ROW_WIDTH: row has 7 cells, its header has 6 (line 4211)
 * 4210 |  北京	76.5	77.8
 * 4211 |  天 津	64.6	—
 *      |  ^
 * > Check whether a cell was split by a stray TAB.
 * ```
 */
export function formatDiagnostic(d: Diagnostic, sourceLines: string[]): string {
	const width = String(d.line + 1).length;
	const frame = [d.line - 1, d.line, d.line + 1]
		.filter((n) => n >= 1 && n <= sourceLines.length)
		.flatMap((n) => {
			const text = (sourceLines[n - 1] ?? '').replace(/\t/g, '→').slice(0, 100);
			const row = `${String(n).padStart(width)} | ${text}`;
			return n === d.line ? [row, `${' '.repeat(width)} | ^`] : [row];
		});
	return [`${d.severity === 'error' ? 'error' : 'warning'} ${d.code}: ${d.message} (line ${d.line})`, ...frame, ...(d.hint ? [`> ${d.hint}`] : [])].join('\n');
}
