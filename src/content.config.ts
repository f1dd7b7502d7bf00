import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { BookSchema } from './schemas/book.ts';
import { ChapterFrontmatterSchema } from './schemas/chapter.ts';
import { TableSchema } from './schemas/table.ts';
import { EventSchema } from './schemas/event.ts';
import { ErratumSchema } from './schemas/errata.ts';
import { contentDir } from './utils/content-dir.ts';

const CONTENT = contentDir();

/** The 212 chapters (everything under chapters/ except the front matter), keyed by their book id. */
const chapters = defineCollection({
	loader: glob({
		pattern: ['**/*.md', '!front/**'],
		base: `${CONTENT}/chapters`,
		// Ids come from the front matter so pages can look chapters up by their book.json id.
		generateId: ({ data }) => String(data['id']),
	}),
	schema: ChapterFrontmatterSchema,
});

/** 编辑说明, 编委会 …: Markdown kept from the book's front matter. */
const front = defineCollection({
	loader: glob({ pattern: '*.md', base: `${CONTENT}/chapters/front` }),
	schema: z.object({ title: z.string() }),
});

/** book.json is one object, so it becomes a one-entry collection with the id `book`. */
const book = defineCollection({
	loader: file(`${CONTENT}/book.json`, { parser: (text) => [{ id: 'book', ...JSON.parse(text) }] }),
	schema: BookSchema,
});

const tables = defineCollection({
	loader: glob({ pattern: '*.json', base: `${CONTENT}/tables` }),
	schema: TableSchema,
});

const events = defineCollection({ loader: file(`${CONTENT}/events.json`), schema: EventSchema });

const errata = defineCollection({ loader: file(`${CONTENT}/errata.json`), schema: ErratumSchema });

export const collections = { chapters, front, book, tables, events, errata };
