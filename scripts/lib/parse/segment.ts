import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { compactTitle, PARTS } from './parts.ts';
import type { TocEntry } from './toc.ts';
import type { ClassifiedLine } from './types.ts';

/** Where one 目录 entry was found in the body. */
export interface BodySpan {
	entry: TocEntry;
	/** Lines holding the title (two when the body wraps it over two lines). */
	titleLines: number[];
	/** The title as the body prints it. */
	bodyTitle: string;
	/** Lines from the title to the last line before the next title, in reading order. */
	lines: ClassifiedLine[];
}

export interface Segmentation {
	spans: BodySpan[];
	diagnostics: Diagnostic[];
}

/** Edit distance, only needed for the 目录's rare typos, so a plain O(n·m) table is fine. */
function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0] ?? 0;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j] ?? 0;
			row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length] ?? 0;
}

/** Position of a title in the body, and of its second line when the body wraps it. */
type Match = { at: number; second?: number | undefined };

/**
 * Find an entry's title among `body[from..to)`: an exact whitespace-insensitive line, else a title wrapped
 * over two consecutive non-blank lines, else (long titles only) one typo away. Returns positions in `body`.
 */
function findTitle(body: ClassifiedLine[], from: number, to: number, title: string, taken: Set<number>): Match | undefined {
	const want = compactTitle(title);
	const candidates: number[] = [];
	for (let i = from; i < to; i++) if (body[i]?.kind === 'text' && !taken.has(i)) candidates.push(i);
	const exact = candidates.find((i) => compactTitle(body[i]?.text ?? '') === want);
	if (exact !== undefined) return { at: exact };
	for (const [k, i] of candidates.entries()) {
		const next = candidates[k + 1];
		if (next !== undefined && compactTitle((body[i]?.text ?? '') + (body[next]?.text ?? '')) === want) return { at: i, second: next };
	}
	if (want.length >= 8) {
		const near = candidates.find((i) => Math.abs(compactTitle(body[i]?.text ?? '').length - want.length) <= 1 && editDistance(compactTitle(body[i]?.text ?? ''), want) <= 1);
		if (near !== undefined) return { at: near };
	}
	return undefined;
}

/**
 * Locate every 目录 entry in the body and cut the body into spans, one per entry.
 * Parts are searched in book order; inside a part each entry is searched after the previous one first,
 * then anywhere in the part (the body swaps two persons), so only 目录 titles ever start a chapter.
 */
export function segmentBody(body: ClassifiedLine[], entries: TocEntry[]): Segmentation {
	const diagnostics: Diagnostic[] = [];
	const taken = new Set<number>();
	const partStarts: number[] = [];
	let cursor = 0;
	for (const part of PARTS) {
		const found = body.findIndex((l, i) => i >= cursor && l.kind === 'text' && compactTitle(l.text) === compactTitle(part.title));
		if (found < 0) {
			diagnostics.push(diagnostic('PART_HEADING_MISSING', body[cursor]?.number ?? 1, `The body has no heading for ${part.title} after line ${body[cursor]?.number ?? 1}.`, 'Every part title of the 目录 must stand alone on a line in the body, in book order.'));
			partStarts.push(-1);
			continue;
		}
		partStarts.push(found);
		taken.add(found);
		cursor = found + 1;
	}
	const missingFrom = partStarts.findIndex((s) => s < 0);
	if (missingFrom >= 0 && partStarts.slice(missingFrom).every((s) => s < 0)) {
		// Every part from some point on is missing: the file stops early, which is one problem, not many.
		const lastLine = body.at(-1)?.number ?? 1;
		diagnostics.splice(0, diagnostics.length, diagnostic('SOURCE_TRUNCATED', lastLine, `The text ends at line ${lastLine}, before ${PARTS[missingFrom]?.title}; ${PARTS.length - missingFrom} part(s) are missing.`, 'The source file is incomplete: copy the whole yearbook text again.'));
	}
	const starts: { entry: TocEntry; match: Match }[] = [];
	PARTS.forEach((_, partIndex) => {
		const start = partStarts[partIndex] ?? -1;
		const partEntry = entries.find((e) => e.kind === 'part' && e.partIndex === partIndex);
		if (start < 0 || !partEntry) return;
		starts.push({ entry: partEntry, match: { at: start } });
		const end = partStarts.slice(partIndex + 1).find((s) => s >= 0) ?? body.length;
		let after = start + 1;
		for (const entry of entries.filter((e) => e.partIndex === partIndex && e.kind !== 'part')) {
			const match = findTitle(body, after, end, entry.title, taken) ?? findTitle(body, start + 1, end, entry.title, taken);
			if (!match) {
				diagnostics.push(diagnostic('TOC_ENTRY_NOT_IN_BODY', entry.line, `目录 entry "${entry.title}" (p. ${entry.page}) has no matching title line in ${PARTS[partIndex]?.title}.`, 'The body must print the title on its own line (spacing may differ).'));
				continue;
			}
			taken.add(match.at);
			if (match.second !== undefined) taken.add(match.second);
			starts.push({ entry, match });
			after = match.at + 1;
		}
	});
	starts.sort((a, b) => a.match.at - b.match.at);
	const spans = starts.map(({ entry, match }, k) => {
		const end = starts[k + 1]?.match.at ?? body.length;
		const lines = body.slice(match.at, end);
		const titleLines = lines.filter((l) => l.kind === 'text').slice(0, match.second === undefined ? 1 : 2);
		return { entry, titleLines: titleLines.map((l) => l.number), bodyTitle: titleLines.map((l) => l.text).join(''), lines };
	});
	return { spans, diagnostics };
}
