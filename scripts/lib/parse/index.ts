import { buildBookTree, type ChapterRecord } from './build-book.ts';
import { classifyLines, readSourceLines } from './classify-lines.ts';
import { createHash } from 'node:crypto';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { accountForLines } from './fidelity.ts';
import { readFrontMatter, type FrontSection } from './front-matter.ts';
import { repairText, restoreReadingOrder } from './repair.ts';
import { KNOWN_UNREPAIRED, YEARBOOK_ERRATA, type ErrataList } from './errata-list.ts';
import { segmentBody } from './segment.ts';
import { parseToc } from './toc.ts';
import { blocksToMarkdown, eventsToMarkdown, markdownFile } from '../emit/chapter-markdown.ts';
import type { Book } from '../../../src/schemas/book.ts';
import type { Erratum } from '../../../src/schemas/errata.ts';
import type { Fidelity } from '../../../src/schemas/fidelity.ts';
import type { Table } from '../../../src/schemas/table.ts';
import type { YearbookEvent } from '../../../src/schemas/event.ts';

/** Everything `npm run parse` writes, as data: file path (relative to content/) → text, plus the structured parts. */
export interface ParseResult {
	book: Book;
	/** Markdown files by path relative to content/. */
	markdown: Map<string, string>;
	tables: Table[];
	events: YearbookEvent[];
	errata: Erratum[];
	fidelity: Fidelity;
	diagnostics: Diagnostic[];
}

const EDITION = {
	publisher: '电子工业出版社',
	editor: '《中国信息化年鉴》编委会',
	isbn: '978-7-121-35102-0',
	published: '2018-11',
	place: '北京',
};

function chapterMarkdown(chapter: ChapterRecord): string {
	const { node, built } = chapter;
	const frontmatter = {
		id: node.id,
		title: node.title,
		part: chapter.partTitle,
		partId: chapter.partId,
		...(chapter.group ? { group: chapter.group } : {}),
		kind: node.kind,
		page: node.page,
		order: chapter.order,
		url: node.url,
		...(built.blocks[0]?.type === 'paragraph' && built.blocks[0].role === 'byline' ? { byline: built.blocks[0].text } : {}),
		...(built.fields.issuer ? { issuer: built.fields.issuer } : {}),
		...(built.fields.docNumber ? { docNumber: built.fields.docNumber } : {}),
		...(built.fields.issued ? { issued: built.fields.issued } : {}),
		tables: built.tables.map((t) => t.id),
		sourceLines: node.sourceLines,
	};
	const blocks = built.blocks[0]?.type === 'paragraph' && built.blocks[0].role === 'byline' ? built.blocks.slice(1) : built.blocks;
	return markdownFile(frontmatter, node.kind === 'chronicle' ? eventsToMarkdown(built.events) : blocksToMarkdown(blocks));
}

function frontMarkdown(section: FrontSection): string {
	return markdownFile({ id: `front-${section.id}`, title: section.title, sourceLines: section.lines }, blocksToMarkdown(section.blocks));
}

/**
 * Parse the whole yearbook. Pure: text in, data out; nothing is written here. `errataList` holds the
 * hand-made repairs keyed by line number; other texts (test fixtures) pass an empty list.
 * Passes: read lines → classify → repair → restore reading order → 目录 → locate chapters → build chapters
 * (tables, blocks, events) → book tree → account for every line.
 */
export function parseYearbook(text: string, errataList: ErrataList = YEARBOOK_ERRATA): ParseResult {
	const diagnostics: Diagnostic[] = [];
	const source = classifyLines(readSourceLines(text));
	// Repairs are keyed by line number: on any other text they would damage it, so they are skipped.
	const sha = createHash('sha256').update(text).digest('hex');
	const repairs = sha === errataList.sourceSha256 ? errataList : { ...errataList, readingOrder: [], text: [] };
	if (repairs !== errataList && (errataList.readingOrder.length || errataList.text.length)) {
		diagnostics.push(diagnostic('ERRATA_NOT_APPLIED', 1, `The errata list is for the text with SHA-256 ${errataList.sourceSha256.slice(0, 12)}…, not this one (${sha.slice(0, 12)}…); its ${errataList.readingOrder.length + errataList.text.length} repairs were not applied.`, 'If the yearbook source was replaced on purpose, re-check errata-list.ts and update sourceSha256.', 'warning'));
	}
	const repaired = repairText(source, repairs.text);
	const toc = parseToc(repaired.lines);
	const bodyStart = repaired.lines.findIndex((l) => l.number > toc.range[1]);
	const ordered = restoreReadingOrder(repaired.lines.slice(bodyStart), repairs.readingOrder);
	const segmented = segmentBody(ordered.lines, toc.entries);
	const tree = buildBookTree(segmented.spans);
	const front = readFrontMatter(repaired.lines.slice(0, toc.range[0] - 1));
	diagnostics.push(...repaired.diagnostics, ...toc.diagnostics, ...ordered.diagnostics, ...segmented.diagnostics, ...tree.diagnostics);

	const markdown = new Map<string, string>();
	const outputText = new Map<string, string>();
	for (const section of front.sections) {
		const file = frontMarkdown(section);
		markdown.set(`chapters/front/${section.id}.md`, file);
		outputText.set(`front-${section.id}`, file);
	}
	for (const chapter of tree.chapters) {
		const file = chapterMarkdown(chapter);
		markdown.set(chapter.node.file ?? '', file);
		// A table's title line prints number and title together; its unit line prints 单位：.
		const cells = chapter.built.tables.flatMap((t) => [`${t.number ?? ''}${t.title}`, `单位：${t.unit ?? ''}`, ...t.notes, ...t.sources, ...t.header.flat().map((h) => h.text), ...t.rows.flatMap((r) => r.cells.map((c) => c.printed))]);
		outputText.set(chapter.node.id, [file, chapter.node.tocTitle ?? '', ...cells, ...chapter.built.events.map((e) => e.lead + e.text)].join('\n'));
	}
	const dispositions = new Map(tree.dispositions);
	for (const [line, disposition] of front.dispositions) dispositions.set(line, disposition);
	for (const entry of toc.entries) dispositions.set(entry.line, ['dropped:toc-entry', null]);
	dispositions.set(toc.range[0], ['dropped:toc-heading', null]);
	for (const part of tree.parts) {
		outputText.set(part.id, part.title);
		for (const node of part.chapters) if (node.kind === 'group') outputText.set(node.id, node.title);
	}
	for (const chapter of tree.chapters) if (chapter.node.kind === 'chronicle') outputText.set('chronicle', chapter.node.title);
	const accounted = accountForLines(repaired.lines, dispositions, outputText, tree.joins);
	diagnostics.push(...accounted.diagnostics);

	const lineToChapter = new Map<number, string>();
	for (const [line, [, target]] of dispositions) if (target) lineToChapter.set(line, target);
	const kept = repairs === errataList ? KNOWN_UNREPAIRED.map((k) => ({ lines: k.lines, before: k.printed, after: k.printed, reason: k.note, kind: 'kept' as const })) : [];
	const errata: Erratum[] = [...repaired.repairs.map((r) => ({ ...r, kind: 'repaired' as const })), ...ordered.repairs.map((r) => ({ ...r, kind: 'repaired' as const })), ...kept].map((r, i) => ({
		id: `e${String(i + 1).padStart(2, '0')}`,
		kind: r.kind,
		lines: r.lines,
		chapter: r.lines.map((n) => lineToChapter.get(n)).find(Boolean) ?? null,
		before: r.before,
		after: r.after,
		reason: r.reason,
	}));
	const book: Book = {
		title: '中国信息化年鉴2017',
		edition: EDITION,
		front: front.sections.map((s) => ({ id: `front-${s.id}`, title: s.title, file: `chapters/front/${s.id}.md`, sourceLines: s.lines })),
		parts: tree.parts.map((p) => ({ ...p, description: front.partDescriptions.get(p.title) ?? '' })),
	};
	return { book, markdown, tables: tree.tables, events: tree.events, errata, fidelity: accounted.fidelity, diagnostics };
}
