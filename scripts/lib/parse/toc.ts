import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { compactTitle, GROUPS, PARTS } from './parts.ts';
import type { ClassifiedLine } from './types.ts';

/** One line of the 目录. */
export interface TocEntry {
	line: number;
	/** Title as the 目录 prints it (leader dots removed, outer spaces trimmed). */
	title: string;
	page: number;
	kind: 'part' | 'group' | 'article';
	/** Index into PARTS of the part this entry belongs to (a part line belongs to itself). */
	partIndex: number;
	/** For articles under 优秀单位/先进人物: the group id. */
	groupId?: 'units' | 'persons' | undefined;
}

export interface TocResult {
	entries: TocEntry[];
	/** Source lines of the 目录 heading and its entries (first, last). */
	range: [number, number];
	diagnostics: Diagnostic[];
}

/**
 * A 目录 line: title, an optional leader of five dots (ASCII or U+00B7), then a TAB or space and the page.
 *
 * ```text
 * >  中国信息化发展概况..... 3
 * > 专题研究篇 ·····	321
 * > 2016 年全国各省（自治区、直辖市）邮电业务量	565
 * ```
 */
const TOC_LINE = /^(.+?)\s*(?:\.{5}|·{5})?\s*(?:\t|\s)(\d+)$/;

/**
 * Parse the 目录: from the line reading 目录 up to (not including) the body's first part heading.
 * Part membership comes from the known part names, not from indentation (only the first page is indented).
 */
export function parseToc(lines: ClassifiedLine[]): TocResult {
	const diagnostics: Diagnostic[] = [];
	const heading = lines.find((l) => l.kind === 'text' && compactTitle(l.text) === '目录');
	if (!heading) {
		return { entries: [], range: [1, 1], diagnostics: [diagnostic('TOC_ENTRY_UNPARSED', 1, 'No 目录 heading found.', 'The source must contain a line reading "目 录" before the body.')] };
	}
	const firstPart = compactTitle(PARTS[0].title);
	const entries: TocEntry[] = [];
	let partIndex = -1;
	let groupId: TocEntry['groupId'];
	let last = heading.number;
	for (const line of lines.slice(heading.number)) {
		if (line.kind === 'blank') continue;
		const match = line.text.match(TOC_LINE);
		if (!match) {
			// The first line that is not an entry and reads as the first part's title starts the body.
			if (compactTitle(line.text) === firstPart) break;
			diagnostics.push(diagnostic('TOC_ENTRY_UNPARSED', line.number, `目录 line "${line.text}" has no page number.`, 'A 目录 entry is a title followed by its page, e.g. "综述篇..... 1".'));
			continue;
		}
		const title = (match[1] ?? '').trim().replace(/\s*[.·]+$/, '');
		const page = Number(match[2]);
		last = line.number;
		const partAt = PARTS.findIndex((p) => compactTitle(p.title) === compactTitle(title));
		// A part title can only move forward: a part name seen again later is an article title.
		if (partAt > partIndex) {
			partIndex = partAt;
			groupId = undefined;
			entries.push({ line: line.number, title, page, kind: 'part', partIndex });
			continue;
		}
		const group = GROUPS.find((g) => g.title === compactTitle(title));
		if (group) {
			groupId = group.id;
			entries.push({ line: line.number, title, page, kind: 'group', partIndex, groupId });
			continue;
		}
		if (partIndex < 0) {
			diagnostics.push(diagnostic('TOC_ENTRY_UNPARSED', line.number, `目录 entry "${title}" comes before the first part.`, `The 目录 must start with ${PARTS[0].title}.`));
			continue;
		}
		entries.push({ line: line.number, title, page, kind: 'article', partIndex, groupId });
	}
	const partsFound = entries.filter((e) => e.kind === 'part').length;
	if (partsFound !== PARTS.length) {
		const missing = PARTS.filter((p) => !entries.some((e) => e.kind === 'part' && compactTitle(e.title) === compactTitle(p.title))).map((p) => p.title);
		diagnostics.push(diagnostic('PART_HEADING_MISSING', heading.number, `目录 lists ${partsFound} of ${PARTS.length} parts; missing: ${missing.join('、')}.`, 'Parts must appear in book order: ' + PARTS.map((p) => p.title).join(' → ')));
	}
	return { entries, range: [heading.number, last], diagnostics };
}
