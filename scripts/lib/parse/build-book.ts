import { buildChapter, type BuiltChapter } from './build-chapter.ts';
import type { Diagnostic } from './diagnostics.ts';
import { compactTitle, PARTS } from './parts.ts';
import type { BodySpan } from './segment.ts';
import type { BookNode, Part } from '../../../src/schemas/book.ts';
import type { Table } from '../../../src/schemas/table.ts';
import type { YearbookEvent } from '../../../src/schemas/event.ts';

/** A chapter with everything needed to write its Markdown. */
export interface ChapterRecord {
	node: BookNode;
	partTitle: string;
	partId: string;
	group?: string | undefined;
	order: number;
	built: BuiltChapter;
}

export interface BookTree {
	parts: Omit<Part, 'description'>[];
	chapters: ChapterRecord[];
	tables: Table[];
	events: YearbookEvent[];
	dispositions: Map<number, [string, string | null]>;
	joins: number;
	diagnostics: Diagnostic[];
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The title a reader sees: the body's spelling (the 目录 has a typo), but without the letter spacing of
 * names and the wrap spaces the 目录 does not have. Genuine separators (`体系 推动`) are in both and stay.
 */
function readerTitle(span: BodySpan, isPerson: boolean): string {
	const body = span.bodyTitle.trim();
	if (isPerson) return compactTitle(body);
	const toc = span.entry.title.trim();
	if (compactTitle(body) !== compactTitle(toc)) return body;
	const spaces = (text: string) => (text.match(/\s/g) ?? []).length;
	return spaces(toc) < spaces(body) ? toc : body;
}

function lineRange(span: BodySpan): [number, number] {
	const numbers = span.lines.filter((l) => l.kind !== 'blank').map((l) => l.number);
	return [Math.min(...numbers), Math.max(...numbers)];
}

/** Pass 4: build the book tree from the located spans, chapter by chapter, in reading order. */
export function buildBookTree(spans: BodySpan[]): BookTree {
	const dispositions = new Map<number, [string, string | null]>();
	const chapters: ChapterRecord[] = [];
	const parts: BookTree['parts'] = [];
	const diagnostics: Diagnostic[] = [];
	let tableCount = 0;
	const nextTableId = () => `t${String(++tableCount).padStart(3, '0')}`;
	let joins = 0;
	let order = 0;
	let partIndex = -1;
	let group: { node: BookNode; id: string } | undefined;
	const counters = { article: 0, person: 0 };

	const addChapter = (span: BodySpan, kind: 'article' | 'person' | 'chronicle') => {
		const part = PARTS[partIndex] as (typeof PARTS)[number];
		const isPerson = kind === 'person';
		const n = isPerson ? ++counters.person : ++counters.article;
		const id = isPerson ? `${part.id}-person-${two(n)}` : `${part.id}-${two(n)}`;
		const url = kind === 'chronicle' ? `/${part.id}/` : isPerson ? `/${part.id}/persons/#person-${two(n)}` : `/${part.id}/${two(n)}/`;
		const file = isPerson ? `chapters/${part.id}/persons/${two(n)}.md` : `chapters/${part.id}/${two(n)}.md`;
		const title = kind === 'chronicle' ? part.title : readerTitle(span, isPerson);
		const node: BookNode = { id, title, kind, page: span.entry.page, url, file, sourceLines: lineRange(span) };
		if (kind !== 'chronicle' && span.entry.title !== title) node.tocTitle = span.entry.title;
		const built = buildChapter({ id, title, partId: part.id, page: span.entry.page, kind, titleLines: span.titleLines, lines: span.lines, nextTableId });
		for (const n of span.titleLines) dispositions.set(n, [kind === 'chronicle' ? 'part-title' : 'chapter-title', id]);
		for (const [line, role] of built.dispositions) dispositions.set(line, [role, id]);
		joins += built.joins;
		diagnostics.push(...built.diagnostics);
		chapters.push({ node, partTitle: part.title, partId: part.id, group: group?.node.title, order: ++order, built });
		const holder = group ? (group.node.chapters ??= []) : (parts.at(-1)?.chapters as BookNode[]);
		holder.push(node);
	};

	for (const span of spans) {
		const { entry } = span;
		if (entry.kind === 'part') {
			partIndex = entry.partIndex;
			group = undefined;
			counters.article = 0;
			counters.person = 0;
			const part = PARTS[partIndex] as (typeof PARTS)[number];
			parts.push({ id: part.id, title: part.title, page: entry.page, url: `/${part.id}/`, sourceLines: lineRange(span), chapters: [] });
			// 信息化大事记 has no articles: the part is itself the one chapter.
			if (part.id === 'chronicle') addChapter(span, 'chronicle');
			else for (const n of span.titleLines) dispositions.set(n, ['part-title', part.id]);
			continue;
		}
		if (entry.kind === 'group') {
			const part = PARTS[partIndex] as (typeof PARTS)[number];
			const id = entry.groupId === 'persons' ? 'persons' : 'units';
			const node: BookNode = {
				id: `${part.id}-${id}`,
				title: compactTitle(entry.title),
				kind: 'group',
				page: entry.page,
				url: id === 'persons' ? `/${part.id}/persons/` : `/${part.id}/#${id}`,
				sourceLines: lineRange(span),
				chapters: [],
			};
			parts.at(-1)?.chapters.push(node);
			group = { node, id };
			for (const n of span.titleLines) dispositions.set(n, ['group-title', node.id]);
			continue;
		}
		addChapter(span, entry.groupId === 'persons' ? 'person' : 'article');
	}
	// Group and part ranges end where their last entry ends.
	for (const part of parts) {
		for (const node of part.chapters) if (node.chapters?.length) node.sourceLines = [node.sourceLines[0], Math.max(...node.chapters.map((c) => c.sourceLines[1]))];
		part.sourceLines = [part.sourceLines[0], Math.max(part.sourceLines[1], ...part.chapters.map((c) => c.sourceLines[1]))];
	}
	return {
		parts,
		chapters,
		tables: chapters.flatMap((c) => c.built.tables),
		events: chapters.flatMap((c) => c.built.events),
		dispositions,
		joins,
		diagnostics,
	};
}
