import type { ClassifiedLine, SourceLine } from './types.ts';

/** Split the source into numbered lines; a final line without newline is kept, a trailing newline adds none. */
export function readSourceLines(text: string): SourceLine[] {
	const raws = text.split('\n');
	if (raws.length > 1 && raws[raws.length - 1] === '') raws.pop();
	return raws.map((raw, i) => ({ number: i + 1, raw: raw.replace(/\r$/, '') }));
}

/** Pass 1: give every line its coarse kind. */
export function classifyLines(lines: SourceLine[]): ClassifiedLine[] {
	return lines.map((line) => {
		const text = line.raw.trim();
		if (line.raw.includes('\t')) {
			return { ...line, kind: 'table-row', text, cells: line.raw.split('\t').map((c) => c.trim()) };
		}
		if (text === '') return { ...line, kind: 'blank', text };
		if (text === '续表') return { ...line, kind: 'continued-table', text };
		return { ...line, kind: 'text', text };
	});
}
