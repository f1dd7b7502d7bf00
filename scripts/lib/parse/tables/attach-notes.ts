import { isNoteLine, isSourceLine } from '../line-roles.ts';
import type { ClassifiedLine } from '../types.ts';
import { collapseCjkSpaces } from './text.ts';

/** The 注 and 数据来源 lines printed under a table. */
export interface TableFooter {
	notes: string[];
	sources: string[];
	consumed: Map<number, 'table-note' | 'table-source'>;
}

/**
 * Read the lines right under a table (blank lines between are fine): first any `注：` lines, then any
 * `数据来源：`/`资料来源：` lines. The first other line ends the footer, so a source line that follows a
 * figure caption stays with the figure.
 */
export function attachNotes(lines: ClassifiedLine[], afterTable: number): TableFooter {
	const footer: TableFooter = { notes: [], sources: [], consumed: new Map() };
	for (let i = afterTable; i < lines.length; i++) {
		const line = lines[i];
		if (!line || line.kind === 'blank') continue;
		if (line.kind !== 'text') break;
		if (isNoteLine(line.text) && footer.sources.length === 0) {
			footer.notes.push(collapseCjkSpaces(line.text));
			footer.consumed.set(line.number, 'table-note');
		} else if (isSourceLine(line.text)) {
			footer.sources.push(collapseCjkSpaces(line.text));
			footer.consumed.set(line.number, 'table-source');
		} else break;
	}
	return footer;
}
