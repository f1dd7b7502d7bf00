import { diagnostic, type Diagnostic } from './diagnostics.ts';
import type { ClassifiedLine } from './types.ts';
import type { Fidelity } from '../../../src/schemas/fidelity.ts';

/** A `【颁布单位】`-style key: the output keeps the value under a named field instead. */
const FIELD_KEY = /^【(颁布单位|颁布时间|法规标题|发文字号)】/;

/** Text as compared: without whitespace and without Markdown's emphasis and escape characters. */
function comparable(text: string): string {
	return text.replace(/[\s*\\]+/g, '');
}

/**
 * Pass 6: account for every source line. A line is in an output block (its disposition names the block kind
 * and target) or dropped with a reason; blank lines are dropped as such. Anything else is an error.
 * `outputText` is every character the output holds per target, to prove no source character was lost.
 */
export function accountForLines(
	lines: ClassifiedLine[],
	dispositions: Map<number, [string, string | null]>,
	outputText: Map<string, string>,
	joins: number,
): { fidelity: Fidelity; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const byDisposition: Record<string, number> = {};
	const records: Fidelity['lines'] = [];
	const unaccounted: number[] = [];
	let sourceChars = 0;
	let lostChars = 0;
	// Heading markers stand between two headings the source printed on one line (【…】**（一）…**).
	const compactOutput = new Map([...outputText].map(([k, v]) => [k, comparable(v.replace(/^#+ /gm, ''))]));
	for (const line of [...lines].sort((a, b) => a.number - b.number)) {
		const found = dispositions.get(line.number) ?? (line.kind === 'blank' ? (['dropped:blank', null] as [string, null]) : undefined);
		if (!found) {
			unaccounted.push(line.number);
			records.push(['unaccounted', null]);
			diagnostics.push(diagnostic('LINE_UNACCOUNTED', line.number, `Line is in no output block and was not dropped with a reason: "${line.text.slice(0, 30)}".`, 'Teach a pass what this line is, or drop it with a named reason.'));
			continue;
		}
		records.push(found);
		byDisposition[found[0]] = (byDisposition[found[0]] ?? 0) + 1;
		if (found[0].startsWith('dropped:') || line.kind === 'blank') continue;
		const pieces = (line.cells ?? [line.text.replace(FIELD_KEY, '').replace(/^- /, '')]).map(comparable).filter(Boolean);
		const chars = pieces.join('').length;
		sourceChars += chars;
		const target = compactOutput.get(found[1] ?? '') ?? '';
		const missing = pieces.filter((piece) => !target.includes(piece));
		if (missing.length) {
			lostChars += missing.join('').length;
			diagnostics.push(diagnostic('CHARACTERS_LOST', line.number, `Text of this line is not in the output of ${found[1]}: "${missing[0]?.slice(0, 30)}".`, 'A pass rewrote or dropped characters it should have kept.'));
		}
	}
	return {
		fidelity: {
			totalLines: lines.length,
			accounted: lines.length - unaccounted.length,
			unaccounted,
			byDisposition,
			joins,
			characters: { source: sourceChars, output: sourceChars - lostChars, dropped: lostChars },
			lines: records,
		},
		diagnostics,
	};
}
