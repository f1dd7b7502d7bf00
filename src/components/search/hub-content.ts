/** Load what the region and ministry hubs need from the content collections, once per build. */
import { getCollection } from 'astro:content';
import type { Table } from '../../schemas/table.ts';
import type { YearbookEvent } from '../../schemas/event.ts';
import type { HubChapter } from '../../search/hubs.ts';
import { loadBook } from '../../utils/book-data.ts';

export interface HubContent {
	chapters: HubChapter[];
	tables: Table[];
	events: YearbookEvent[];
	/** Chapter id → url, for linking a table to where it stands. */
	urlOf: Map<string, string>;
	/** Url of the 大事记 page. */
	chronicleUrl: string;
}

let cached: Promise<HubContent> | undefined;

/** The chapters (in reading order), tables and events of the book. */
export function loadHubContent(): Promise<HubContent> {
	cached ??= (async () => {
		const [book, entries, tables, events] = await Promise.all([
			loadBook(),
			getCollection('chapters'),
			getCollection('tables'),
			getCollection('events'),
		]);
		const partTitle = new Map(book.parts.map((part) => [part.id, part.title]));
		const chapters = entries
			.map((entry) => ({
				id: entry.data.id,
				title: entry.data.title,
				url: entry.data.url,
				partId: entry.data.partId,
				partTitle: partTitle.get(entry.data.partId) ?? entry.data.part,
				body: entry.body ?? '',
				issuer: entry.data.issuer,
				order: entry.data.order,
			}))
			.sort((a, b) => a.order - b.order);
		const chronicle = book.parts.find((part) => part.id === 'chronicle');
		return {
			chapters,
			tables: tables.map((t) => t.data).sort((a, b) => a.id.localeCompare(b.id)),
			events: events.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id)),
			urlOf: new Map(chapters.map((c) => [c.id, c.url])),
			chronicleUrl: chronicle?.url ?? '/chronicle/',
		};
	})();
	return cached;
}
