/**
 * Lookups for the audit tests, read the way the golden checker reads content/: titles and headings compared
 * without whitespace and bracket width, chapter text without spaces but with its line breaks (so an unjoined
 * page break still shows), table rows by their first cell, columns by their header path.
 */
import { readFileSync } from 'node:fs';
import { parsedBook, SOURCE_PATH } from '../support/book.ts';
import type { BookNode } from '../../src/schemas/book.ts';
import type { Cell, Table } from '../../src/schemas/table.ts';

export const book = parsedBook();

/** Source lines, 1-based: `sourceLine(555)` is line 555 as printed. */
const sourceText = readFileSync(SOURCE_PATH, 'utf8').split('\n');
export const sourceLine = (n: number): string => sourceText[n - 1] ?? '';

/** Whitespace-insensitive, bracket-width-insensitive form for titles, labels and headings. */
export const norm = (s: string | null | undefined): string =>
	String(s ?? '').replace(/[\s\u00a0\u3000]+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/：/g, ':');

/** Body text without spaces and Markdown emphasis, line breaks kept. */
export const bodyForm = (s: string): string => s.replace(/\*\*|__|\\/g, '').replace(/[ \t\u00a0\u3000]+/g, '');

const headingForm = (s: string): string => norm(s.replace(/\*\*/g, '')).replace(/^【(.*)】$/, '$1');

const walk = (list: BookNode[], part: string, group: string | null): (BookNode & { partTitle: string; group: string | null })[] =>
	list.flatMap((n) => [{ ...n, partTitle: part, group }, ...walk(n.chapters ?? [], part, n.kind === 'group' ? n.title : group)]);

/** Every node of book.json with the title of its part and group. */
export const nodes = book.book.parts.flatMap((p) => walk(p.chapters, p.title, null));

/** The node titled `title` (whitespace-insensitive), or undefined. */
export const nodeTitled = (title: string) => nodes.find((n) => norm(n.title) === norm(title));

interface ChapterText {
	title: string;
	body: string;
}

const chapterFiles: ChapterText[] = [...book.markdown.values()].map((text) => {
	const m = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
	const title = m?.[1]?.match(/^title:\s*(.*)$/m)?.[1]?.trim().replace(/^['"]|['"]$/g, '') ?? '';
	return { title, body: m?.[2] ?? text };
});

/** A chapter's body by title, or the section under a heading with that title (a person of 先进人物). */
export function chapterText(title: string): string {
	const whole = chapterFiles.find((c) => norm(c.title) === norm(title));
	if (whole) return whole.body;
	for (const c of chapterFiles) {
		const lines = c.body.split('\n');
		const at = lines.findIndex((l) => /^#{1,6}\s/.test(l) && headingForm(l.replace(/^#+\s*|\s*\{#[^}]*\}\s*$/g, '')) === headingForm(title));
		if (at < 0) continue;
		const depth = (lines[at]?.match(/^#+/) ?? [''])[0].length;
		let end = lines.findIndex((l, i) => i > at && /^#{1,6}\s/.test(l) && (l.match(/^#+/) ?? [''])[0].length <= depth);
		if (end < 0) end = lines.length;
		return lines.slice(at, end).join('\n');
	}
	throw new Error(`no chapter or section titled ${title}`);
}

/** True when `text` stands contiguous (no line break inside) in the chapter, spaces ignored. */
export const hasJoined = (title: string, text: string): boolean => bodyForm(chapterText(title)).includes(bodyForm(text));

export interface Heading {
	level: number;
	text: string;
	parent: string | null;
}

/** Headings of a Markdown body: level 1 = the shallowest heading under the title, parent = nearest shallower one. */
export function headingsOf(body: string): Heading[] {
	const found: { depth: number; text: string }[] = [];
	for (const line of body.split('\n')) {
		const m = line.match(/^(#{1,6})\s+(.*?)\s*(\{#[^}]*\})?\s*#*\s*$/);
		if (m?.[1] && m[2] !== undefined) found.push({ depth: m[1].length, text: m[2].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') });
	}
	const inner = found.filter((h) => h.depth > 1);
	const top = inner.reduce((a, h) => Math.min(a, h.depth), 7);
	return inner.map((h, i) => {
		let parent: string | null = null;
		for (let j = i - 1; j >= 0; j--) {
			const above = inner[j];
			if (above && above.depth < h.depth) {
				parent = above.text;
				break;
			}
		}
		return { level: h.depth - top + 1, text: h.text, parent };
	});
}

/** The heading of a chapter with this text (【】, brackets and spaces ignored), as `level parent` for assertions. */
export function headingIn(title: string, text: string): string {
	const h = headingsOf(chapterText(title)).find((x) => headingForm(x.text) === headingForm(text));
	return h ? `${h.level} ${h.parent === null ? '-' : headingForm(h.parent)}` : 'missing';
}

/** How many headings of the chapter have this text. */
export const headingCount = (title: string, text: string): number =>
	headingsOf(chapterText(title)).filter((x) => headingForm(x.text) === headingForm(text)).length;

const stripTableNo = (s: string): string => norm(s).replace(/^表\d+/, '');
const chapterTitleOf = (t: Table): string => nodes.find((n) => n.id === t.chapter)?.title ?? '';

/** The table a check names: its title, or `title / chapter` parts that must all appear; the shortest title wins. */
export function tableNamed(name: string): Table {
	const parts = name.split(' / ').map(stripTableNo);
	const hits = book.tables.filter((t) => {
		const hay = stripTableNo(t.title) + stripTableNo(chapterTitleOf(t));
		if (parts.length === 1) return stripTableNo(t.title).includes(parts[0] ?? '');
		return parts.every((p) => hay.includes(p));
	});
	hits.sort((a, b) => a.title.length - b.title.length);
	const hit = hits[0];
	if (!hit) throw new Error(`no table ${name}`);
	return hit;
}

/** Data rows only (group and note rows are not records). */
export const dataRows = (t: Table) => t.rows.filter((r) => r.kind === 'data');

/** The cell at the data row whose first cell is `row` and the column whose header path contains every `column` part. */
export function cellAt(table: string, row: string, column: string | string[], rowIndex?: number): Cell | undefined {
	const t = tableNamed(table);
	const rows = dataRows(t);
	const r = rowIndex === undefined ? rows.find((x) => norm(x.cells[0]?.text) === norm(row)) : rows[rowIndex];
	if (!r || norm(r.cells[0]?.text) !== norm(row)) return undefined;
	const want = (Array.isArray(column) ? column : [column]).map(norm);
	const ci = t.columns.findIndex((c) => want.every((w) => norm(c.path.join('')).includes(w)));
	return ci < 0 ? undefined : r.cells[ci];
}

/** `text|value` of a cell, the form the assertions compare. */
export const cellShown = (table: string, row: string, column: string | string[], rowIndex?: number): string => {
	const c = cellAt(table, row, column, rowIndex);
	return c ? `${norm(c.text)}|${c.value}` : 'missing';
};

/** `data rows × columns, first row label … last row label`. */
export function tableShape(name: string): string {
	const t = tableNamed(name);
	const rows = dataRows(t);
	return `${rows.length}x${t.columns.length} ${norm(rows[0]?.cells[0]?.text)}…${norm(rows.at(-1)?.cells[0]?.text)}`;
}

/** Every chapter body joined, for strings that must appear nowhere. */
export const allBodies = chapterFiles.map((c) => c.body).join('\n');
