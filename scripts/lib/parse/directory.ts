import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { joinHalves } from './assemble-blocks.ts';
import { FIELD_LINE } from './line-roles.ts';
import type { ClassifiedLine } from './types.ts';
import type { Table } from '../../../src/schemas/table.ts';

/** The fields of a 法规目录 record, in the order the site shows them. */
const FIELDS = ['法规标题', '颁布单位', '发文字号', '颁布时间'] as const;
type Field = (typeof FIELDS)[number];

interface DirectoryRecord {
	fields: Partial<Record<Field, string>>;
	lines: number[];
}

export interface DirectoryContext {
	chapterId: string;
	chapterTitle: string;
	partId: string;
	page: number | null;
	tableId: string;
}

export interface ParsedDirectory {
	table: Table;
	/** Lines used by the records. */
	lines: number[];
	diagnostics: Diagnostic[];
}

/**
 * A 法规目录 (list of laws and regulations) as a table of records. Each record starts at 【法规标题】;
 * 发文字号 is optional (14 records have none), the other fields are required.
 */
export function parseDirectory(lines: ClassifiedLine[], context: DirectoryContext): ParsedDirectory {
	const diagnostics: Diagnostic[] = [];
	const records: DirectoryRecord[] = [];
	let lastField: Field | undefined;
	for (const line of lines.filter((l) => l.kind === 'text')) {
		const match = line.text.match(FIELD_LINE);
		const current = records.at(-1);
		if (!match) {
			if (current && lastField) {
				current.fields[lastField] = joinHalves(current.fields[lastField] ?? '', line.text);
				current.lines.push(line.number);
			} else diagnostics.push(diagnostic('DIRECTORY_RECORD_INCOMPLETE', line.number, `Text outside any record: "${line.text.slice(0, 20)}…".`, 'A 法规目录 consists of 【法规标题】/【颁布单位】/【发文字号】/【颁布时间】 lines.'));
			continue;
		}
		const field = match[1] as Field;
		if (field === '法规标题' || !current) records.push({ fields: {}, lines: [] });
		const record = records.at(-1) as DirectoryRecord;
		record.fields[field] = (match[2] ?? '').trim();
		record.lines.push(line.number);
		lastField = field;
	}
	for (const record of records) {
		const missing = FIELDS.filter((f) => f !== '发文字号' && !record.fields[f]);
		if (missing.length) diagnostics.push(diagnostic('DIRECTORY_RECORD_INCOMPLETE', record.lines[0] ?? 1, `Record lacks ${missing.map((m) => `【${m}】`).join('')}.`, 'Every record needs 法规标题, 颁布单位 and 颁布时间.', 'warning'));
	}
	const used = records.flatMap((r) => r.lines);
	const first = used[0] ?? lines[0]?.number ?? 1;
	const table: Table = {
		id: context.tableId,
		number: null,
		title: context.chapterTitle,
		chapter: context.chapterId,
		part: context.partId,
		unit: null,
		kind: 'list',
		columns: FIELDS.map((label, i) => ({ key: `c${i}`, label, path: [label], unit: null, numeric: false })),
		header: [FIELDS.map((text) => ({ text, colspan: 1, rowspan: 1 }))],
		rows: records.map((r) => ({
			kind: 'data' as const,
			sourceLine: r.lines[0] ?? first,
			cells: FIELDS.map((f) => ({ text: r.fields[f] ?? '', value: null, printed: r.fields[f] ?? '' })),
		})),
		notes: [],
		sources: [],
		sourceLines: [first, used.at(-1) ?? first],
		blocks: [[first, used.at(-1) ?? first]],
		page: context.page,
	};
	return { table, lines: used, diagnostics };
}
