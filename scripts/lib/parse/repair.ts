import { AND_FOR_HE, AND_FOR_HE_REASON, type ReadingOrderRepair, type TextRepair } from './errata-list.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import type { ClassifiedLine } from './types.ts';

/** A repair as the parser made it; the chapter is filled in once chapters are known. */
export interface Repair {
	lines: number[];
	before: string;
	after: string;
	reason: string;
}

export interface Repaired {
	lines: ClassifiedLine[];
	repairs: Repair[];
	diagnostics: Diagnostic[];
}

/** Put lines printed out of order back in reading order; each set lands where its earliest line stood. */
export function restoreReadingOrder(lines: ClassifiedLine[], list: ReadingOrderRepair[]): Repaired {
	let out = lines;
	const repairs: Repair[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const { lines: order, reason } of list) {
		const moved = order.map((n) => out.find((l) => l.number === n));
		if (moved.some((l) => l === undefined || l.kind === 'blank')) {
			diagnostics.push(diagnostic('ERRATUM_NOT_FOUND', order[0] ?? 1, `Reading-order repair expects text on lines ${order.join(', ')}.`, 'The source changed: update the reading-order repairs in errata-list.ts.'));
			continue;
		}
		const set = new Set(order);
		// Everything before the earliest moved line stays put, so that is where the set goes.
		const at = out.findIndex((l) => set.has(l.number));
		const rest = out.filter((l) => !set.has(l.number));
		out = [...rest.slice(0, at), ...(moved as ClassifiedLine[]), ...rest.slice(at)];
		const excerpt = (n: number) => {
			const text = (moved.find((l) => l?.number === n) as ClassifiedLine).text;
			return `〔${n}〕${text.length > 24 ? `${text.slice(0, 12)}…${text.slice(-10)}` : text}`;
		};
		repairs.push({ lines: order, before: [...order].sort((a, b) => a - b).map(excerpt).join(' / '), after: order.map(excerpt).join(' / '), reason });
	}
	return { lines: out, repairs, diagnostics };
}

/** Repair words damaged by the extraction: the ` and ` rule, then the listed single-line repairs. */
export function repairText(lines: ClassifiedLine[], list: TextRepair[]): Repaired {
	const repairs: Repair[] = [];
	const diagnostics: Diagnostic[] = [];
	const out = lines.map((line) => {
		if (line.kind !== 'text') return line;
		let text = line.text;
		const withHe = text.replace(AND_FOR_HE, '和');
		if (withHe !== text) {
			repairs.push({ lines: [line.number], before: text, after: withHe, reason: AND_FOR_HE_REASON });
			text = withHe;
		}
		for (const fix of list.filter((f) => f.line === line.number)) {
			if (!text.includes(fix.find)) {
				diagnostics.push(diagnostic('ERRATUM_NOT_FOUND', line.number, `Expected "${fix.find}" on this line.`, 'The source changed: update the text repairs in errata-list.ts.'));
				continue;
			}
			const after = text.replace(fix.find, fix.replace);
			repairs.push({ lines: [line.number], before: text, after, reason: fix.reason });
			text = after;
		}
		return text === line.text ? line : { ...line, text };
	});
	return { lines: out, repairs, diagnostics };
}
