import { isNoteLine, isSourceLine } from '../line-roles.ts';
import type { ClassifiedLine } from '../types.ts';
import { collapseCjkSpaces } from './text.ts';

/** What the lines above a table say about it. */
export interface TableCaption {
	/** `表 1`, `附件`, or null. */
	number: string | null;
	/** Title without the number; '' when nothing above names the table. */
	title: string;
	/** From a `单位：…` line between the title and the table. */
	unit: string | null;
	/** Caption lines this table takes, with their disposition. */
	consumed: Map<number, 'table-title' | 'table-unit'>;
	/** First line of the caption that belongs to the table (title or unit line), or null. */
	firstLine: number | null;
	/** False when no title was found (the caller reports it). */
	titled: boolean;
}

/** `表 1 2016 年…` / `表1…`. */
const NUMBERED_TITLE = /^表\s*(\d+)\s*(.*)$/;
/** `单位：台/百户`. */
const UNIT_LINE = /^单\s*位\s*[:：]\s*(.+)$/;
/** `附件` / `附件 2：` on its own line, labelling the document's table below. */
const ATTACHMENT_LABEL = /^附\s*件\s*\d*\s*[:：]?$/;
/** A caption is short and does not end like a sentence or a clause. */
const SENTENCE_END = /[。；;，,：:！？!?]$/;

function isCaptionLike(line: ClassifiedLine): boolean {
	return line.kind === 'text' && line.text.length <= 80 && !SENTENCE_END.test(line.text) && !isNoteLine(line.text) && !isSourceLine(line.text) && !/^图\s*\d+/.test(line.text);
}

/** Index of the nearest non-blank line before `index`, or -1. */
function previousLine(lines: ClassifiedLine[], index: number): number {
	for (let i = index - 1; i >= 0; i--) if (lines[i]?.kind !== 'blank') return i;
	return -1;
}

/**
 * Read the caption above the tab block that starts at `blockStart`: an optional `单位：` line, then
 * the title — the chapter title when the table stands right under it (基础数据篇, 附录 lists), a `表 N …`
 * line (with a second line when the book wrapped it without a blank line), or a bare label such as
 * `（一）国务院组成部门网站排名前 15 名`, itself optionally under an `附件` line.
 */
export function findTableCaption(
	lines: ClassifiedLine[],
	blockStart: number,
	titleLines: readonly number[],
	taken: ReadonlySet<number>,
): TableCaption {
	const caption: TableCaption = { number: null, title: '', unit: null, consumed: new Map(), firstLine: null, titled: false };
	const usable = (i: number): ClassifiedLine | undefined => {
		const line = lines[i];
		return line && !taken.has(line.number) ? line : undefined;
	};
	let at = previousLine(lines, blockStart);
	const unitLine = usable(at);
	const unit = unitLine?.kind === 'text' ? UNIT_LINE.exec(unitLine.text) : null;
	if (unitLine && unit) {
		caption.unit = (unit[1] ?? '').trim();
		caption.consumed.set(unitLine.number, 'table-unit');
		caption.firstLine = unitLine.number;
		at = previousLine(lines, at);
	}
	const titleLine = usable(at);
	if (!titleLine) return caption;
	if (titleLines.includes(titleLine.number)) {
		const printed = lines.filter((l) => titleLines.includes(l.number)).map((l) => l.text);
		caption.title = collapseCjkSpaces(printed.join(''));
		caption.titled = true;
		return caption;
	}
	if (!isCaptionLike(titleLine)) return caption;
	const parts = [titleLine];
	// 表 2 … / (信息化、自动化): a numbered title wrapped onto the next line with no blank line between.
	const above = usable(at - 1);
	if (!NUMBERED_TITLE.test(titleLine.text) && above?.kind === 'text' && NUMBERED_TITLE.test(above.text)) parts.unshift(above);
	const numbered = NUMBERED_TITLE.exec(parts.map((p) => p.text).join(''));
	if (numbered) {
		caption.number = `表 ${numbered[1]}`;
		caption.title = collapseCjkSpaces(numbered[2] ?? '');
	} else {
		caption.title = collapseCjkSpaces(titleLine.text);
		const label = usable(previousLine(lines, at));
		if (label?.kind === 'text' && ATTACHMENT_LABEL.test(label.text)) {
			caption.number = collapseCjkSpaces(label.text).replace(/[:：]$/, '');
			parts.unshift(label);
		}
	}
	for (const part of parts) caption.consumed.set(part.number, 'table-title');
	caption.firstLine = parts[0]?.number ?? caption.firstLine;
	caption.titled = true;
	return caption;
}
