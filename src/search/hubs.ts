/**
 * What a region or ministry hub page shows, computed from the parsed book: its own chapters, its
 * row in every table that has one (value, rank among peers), the 大事记 events that name it, and
 * the other chapters that name it most. Pure: the pages pass in the loaded content.
 */
import type { Table } from '../schemas/table.ts';
import type { YearbookEvent } from '../schemas/event.ts';
import { compactCjk } from './literal.ts';
import type { MentionCounts } from './detect-entities.ts';

/** A chapter as the hubs need it. */
export interface HubChapter {
	id: string;
	title: string;
	url: string;
	partId: string;
	partTitle: string;
	body: string;
	issuer?: string | undefined;
}

/** An entity a hub is about: its slug, its spellings, and how to count it in a text. */
export interface HubEntity {
	slug: string;
	names: readonly string[];
	count(text: string): MentionCounts;
}

export interface HubCell {
	/** Column key in the table JSON (c1 …). */
	key: string;
	/** Header path joined, e.g. `2016 年 · 网民数 (万人)`. */
	label: string;
	text: string;
	value: number | null;
	/** 1 = largest among the peer rows; null for text, missing values and rank columns. */
	rank: number | null;
	/** Rows with a value in this column. */
	peers: number;
	/** value / largest peer value, for a bar (0…1). */
	share: number | null;
}

export interface HubTableRow {
	tableId: string;
	title: string;
	number: string | null;
	chapterId: string;
	unit: string | null;
	cells: HubCell[];
}

export interface HubMention {
	chapter: HubChapter;
	count: number;
}

/** Chapters whose own subject is the entity (title names it, in the given parts). */
export function ownChapters(chapters: readonly HubChapter[], entity: HubEntity, parts: readonly string[], extraTitles: readonly string[] = []): HubChapter[] {
	return chapters.filter(
		(chapter) =>
			(parts.includes(chapter.partId) && (entity.count(chapter.title).get(entity.slug) ?? 0) > 0) || extraTitles.includes(chapter.title),
	);
}

/** Normalized row labels, by label: every region hub page reads the same ~3,000 labels. */
const normalizedLabels = new Map<string, string>();

/** A row label as a name: no wrap spaces (北 京 → 北京), no trailing note mark (内蒙古* → 内蒙古). */
export function labelName(label: string): string {
	let name = normalizedLabels.get(label);
	if (name === undefined) {
		name = compactCjk(label).replace(/\s+/g, '').replace(/[*＊]+$/, '');
		normalizedLabels.set(label, name);
	}
	return name;
}

/** Is this row label one of the entity's names (北 京 → 北京, 广东省 → 广东)? */
export function labelNames(label: string, entity: Pick<HubEntity, 'names'>): boolean {
	return entity.names.includes(labelName(label));
}

/**
 * The entity's row in every table where at least `minPeers` rows are entities of the same kind
 * (the provincial tables of 基础数据篇), with each numeric value ranked among those rows.
 */
export function tableRows(tables: readonly Table[], entity: HubEntity, isPeer: (label: string) => boolean, minPeers = 5): HubTableRow[] {
	const out: HubTableRow[] = [];
	for (const table of tables) {
		const dataRows = table.rows.filter((row) => row.kind === 'data');
		const peers = dataRows.filter((row) => isPeer(row.cells[0]?.text ?? ''));
		const own = peers.find((row) => labelNames(row.cells[0]?.text ?? '', entity));
		if (peers.length < minPeers || !own) continue;
		const cells = table.columns.slice(1).map((column, i): HubCell => {
			const index = i + 1;
			const cell = own.cells[index];
			const values = peers.map((row) => row.cells[index]?.value).filter((v): v is number => typeof v === 'number');
			const value = cell?.value ?? null;
			const isRankColumn = /排名|位次|名次/.test(column.path.join(''));
			const max = Math.max(...values.map(Math.abs));
			return {
				key: column.key,
				label: column.path.join(' · '),
				text: cell?.text ?? '',
				value,
				rank: value === null || isRankColumn || !column.numeric ? null : values.filter((v) => v > value).length + 1,
				peers: values.length,
				share: value === null || isRankColumn || !column.numeric || !(max > 0) ? null : Math.abs(value) / max,
			};
		});
		out.push({ tableId: table.id, title: table.title, number: table.number, chapterId: table.chapter, unit: table.unit, cells });
	}
	return out;
}

/** 大事记 events whose text names the entity, in book order. */
export function eventsNaming(events: readonly YearbookEvent[], entity: HubEntity): YearbookEvent[] {
	return events.filter((event) => (entity.count(event.text).get(entity.slug) ?? 0) > 0);
}

/** Chapters (other than `exclude`) that name the entity, most mentions first. */
export function mostMentioning(chapters: readonly HubChapter[], entity: HubEntity, exclude: readonly HubChapter[], limit = 12): HubMention[] {
	const skip = new Set(exclude.map((chapter) => chapter.id));
	return chapters
		.filter((chapter) => !skip.has(chapter.id))
		.map((chapter) => ({ chapter, count: entity.count(chapter.body).get(entity.slug) ?? 0 }))
		.filter((mention) => mention.count > 0)
		.sort((a, b) => b.count - a.count)
		.slice(0, limit);
}

/** Rows of list tables (法规目录 …) in which a cell names the entity: documents it issued. */
export function listRowsNaming(tables: readonly Table[], entity: HubEntity, columnPattern: RegExp): Array<{ table: Table; cells: string[] }> {
	const out: Array<{ table: Table; cells: string[] }> = [];
	for (const table of tables) {
		const column = table.columns.findIndex((c) => columnPattern.test(c.label));
		if (column < 0) continue;
		for (const row of table.rows) {
			if (row.kind !== 'data') continue;
			const cell = row.cells[column]?.text ?? '';
			if ((entity.count(cell).get(entity.slug) ?? 0) > 0) out.push({ table, cells: row.cells.map((c) => c.text) });
		}
	}
	return out;
}
