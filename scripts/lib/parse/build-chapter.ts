import { assembleBlocks, type ChapterShape } from './assemble-blocks.ts';
import type { Block } from './blocks.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parseDirectory } from './directory.ts';
import { parseEvents } from './events.ts';
import { LAW_ARTICLE } from './line-roles.ts';
import { readDocumentFields, type DocumentFields } from './policy-fields.ts';
import { extractTables } from './tables/index.ts';
import type { ClassifiedLine } from './types.ts';
import type { Table } from '../../../src/schemas/table.ts';
import type { YearbookEvent } from '../../../src/schemas/event.ts';

/** Everything one chapter produced, before it is written out. */
export interface BuiltChapter {
	blocks: Block[];
	tables: Table[];
	events: YearbookEvent[];
	fields: DocumentFields;
	joins: number;
	/** Source line → what became of it (the title lines are recorded by the caller). */
	dispositions: Map<number, string>;
	diagnostics: Diagnostic[];
}

export interface ChapterInput {
	id: string;
	title: string;
	partId: string;
	page: number | null;
	kind: 'article' | 'person' | 'chronicle';
	titleLines: number[];
	/** The chapter's lines in reading order, title line(s) first. */
	lines: ClassifiedLine[];
	nextTableId: () => string;
}

/** The disposition of a line that ended up in a block. */
function recordBlocks(blocks: Block[], into: Map<number, string>): void {
	for (const block of blocks) {
		const role = block.type === 'paragraph' && block.role ? block.role : block.type;
		if (block.type === 'table') continue;
		for (const line of block.lines) into.set(line, role);
		if (block.type === 'box') recordBlocks(block.blocks, into);
	}
}

/** Pass 3: turn one chapter's lines into blocks, tables and events, according to what kind of chapter it is. */
export function buildChapter(input: ChapterInput): BuiltChapter {
	const dispositions = new Map<number, string>();
	const body = input.lines.filter((l) => !input.titleLines.includes(l.number));
	const empty = { blocks: [], tables: [], events: [], fields: { lines: [] }, joins: 0 };
	if (input.kind === 'chronicle') {
		const { events, diagnostics } = parseEvents(body);
		for (const event of events) for (let n = event.sourceLines[0]; n <= event.sourceLines[1]; n++) dispositions.set(n, 'event');
		for (const line of body) if (line.kind !== 'text') dispositions.delete(line.number);
		return { ...empty, events, dispositions, diagnostics };
	}
	if (input.partId === 'policy' && input.title.includes('法规目录')) {
		const { table, lines, diagnostics } = parseDirectory(body, { chapterId: input.id, chapterTitle: input.title, partId: input.partId, page: input.page, tableId: input.nextTableId() });
		for (const n of lines) dispositions.set(n, 'directory-record');
		return { ...empty, blocks: [{ type: 'table', tableId: table.id, lines: [table.sourceLines[0]] }], tables: [table], dispositions, diagnostics };
	}
	const fields = input.partId === 'policy' ? readDocumentFields(body) : { lines: [] };
	for (const n of fields.lines) dispositions.set(n, 'document-field');
	const extracted = extractTables(input.lines, {
		chapterId: input.id,
		chapterTitle: input.title,
		partId: input.partId,
		page: input.page,
		titleLines: input.titleLines,
		nextTableId: input.nextTableId,
	});
	for (const [n, role] of extracted.consumed) dispositions.set(n, role);
	const tableAt = new Map(extracted.placements.map((p) => [p.line, p.tableId]));
	const rest = body.filter((l) => tableAt.has(l.number) || (!extracted.consumed.has(l.number) && !fields.lines.includes(l.number)));
	const shape: ChapterShape = {
		inLaw: body.some((l) => l.kind === 'text' && LAW_ARTICLE.test(l.text)),
		hasByline: input.partId === 'studies',
		mayHaveSignature: input.partId === 'policy',
	};
	const { blocks, joins } = assembleBlocks(rest, tableAt, shape);
	recordBlocks(blocks, dispositions);
	return { blocks, tables: extracted.tables, events: [], fields, joins, dispositions, diagnostics: extracted.diagnostics };
}
