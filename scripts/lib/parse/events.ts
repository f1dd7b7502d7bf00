import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { joinHalves } from './assemble-blocks.ts';
import { endsComplete } from './line-roles.ts';
import type { ClassifiedLine } from './types.ts';
import type { YearbookEvent } from '../../../src/schemas/event.ts';

/**
 * The date that opens an event of 信息化大事记, compact or spaced, with an optional day range.
 *
 * ```text
 * > 2016年1月12日, 国务院同意…
 * > 2016 年 9 月 21—23 日，…
 * ```
 */
const EVENT_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})(?:\s*[—-]\s*(\d{1,2}))?\s*日\s*[,，]\s*/;

const pad = (n: string) => n.padStart(2, '0');

function isoDate(year: string, month: string, day: string): string | undefined {
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	const iso = `${year}-${pad(month)}-${pad(day)}`;
	return date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

export interface ParsedEvents {
	events: YearbookEvent[];
	diagnostics: Diagnostic[];
}

/**
 * Read the events of 信息化大事记 (the chapter's lines after its title). Every undated line belongs to the
 * event before it, whatever its punctuation: the section has no other kind of line.
 */
export function parseEvents(lines: ClassifiedLine[]): ParsedEvents {
	const events: YearbookEvent[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const line of lines.filter((l) => l.kind === 'text')) {
		const match = line.text.match(EVENT_DATE);
		const current = events.at(-1);
		if (!match) {
			if (!current) {
				diagnostics.push(diagnostic('EVENT_TEXT_ORPHAN', line.number, `Text before the first dated event: "${line.text.slice(0, 20)}…".`, '信息化大事记 must start with a line like "2016年1月12日，…".'));
				continue;
			}
			current.text = endsComplete(current.text) ? `${current.text}\n\n${line.text}` : joinHalves(current.text, line.text);
			current.sourceLines[1] = line.number;
			continue;
		}
		const [printed, year = '', month = '', day = '', dayEnd] = match;
		const date = isoDate(year, month, day);
		const dateEnd = dayEnd ? isoDate(year, month, dayEnd) : undefined;
		if (!date || (dayEnd && !dateEnd)) {
			diagnostics.push(diagnostic('EVENT_DATE_INVALID', line.number, `"${printed.trim()}" is not a calendar date.`, 'Expected 年/月/日 numbers forming a real date.'));
			continue;
		}
		events.push({
			id: `ev-${String(events.length + 1).padStart(3, '0')}`,
			date,
			...(dateEnd ? { dateEnd } : {}),
			datePrinted: printed.replace(/\s*[,，]\s*$/, ''),
			lead: printed,
			text: line.text.slice(printed.length),
			sourceLine: line.number,
			sourceLines: [line.number, line.number],
		});
	}
	return { events, diagnostics };
}
