import { z } from 'zod';

/** What a node of the book tree stands for. */
export const NodeKindSchema = z.enum([
	/** An ordinary article with its own page. */
	'article',
	/** A heading that groups articles (优秀单位, 先进人物); it has no text of its own. */
	'group',
	/** A person's bio under 先进人物; all bios are read on the group's page, one anchor each. */
	'person',
	/** 信息化大事记: the part that is itself one chapter of dated events. */
	'chronicle',
]);
export type NodeKind = z.output<typeof NodeKindSchema>;

/** A chapter (or group of chapters) as listed in the book's 目录. */
export interface BookNode {
	/** Stable ASCII id, e.g. `regions-05`; used in file names and as the chapter collection id. */
	id: string;
	/** Title as printed in the body (the TOC's spelling differs in a few places: see `tocTitle`). */
	title: string;
	/** The 目录's own spelling when it differs from the body's (typo, letter spacing). */
	tocTitle?: string | undefined;
	kind: NodeKind;
	/** Printed page number from the 目录, or null when the 目录 gives none. */
	page: number | null;
	/** Path of the page on the site, e.g. `/regions/05/` (persons: `/exemplars/persons/#bao-yu`). */
	url: string;
	/** Markdown file relative to content/, e.g. `chapters/regions/05.md`; absent for groups. */
	file?: string | undefined;
	/** First and last source line of the chapter (title line included). */
	sourceLines: [number, number];
	/** Children of a group node (persons, units). */
	chapters?: BookNode[] | undefined;
}

export const BookNodeSchema: z.ZodType<BookNode> = z.lazy(() =>
	z.object({
		id: z.string().regex(/^[a-z0-9-]+$/),
		title: z.string().min(1),
		tocTitle: z.string().optional(),
		kind: NodeKindSchema,
		page: z.number().int().positive().nullable(),
		url: z.string().startsWith('/'),
		file: z.string().endsWith('.md').optional(),
		sourceLines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
		chapters: z.array(BookNodeSchema).optional(),
	}),
);

/** One of the ten 篇 or the 附录. */
export const PartSchema = z.object({
	/** ASCII slug, also the first URL segment: `overview`, `ministries`, … `appendix`. */
	id: z.string().regex(/^[a-z-]+$/),
	/** 综述篇 … 附录 */
	title: z.string(),
	/** Printed page of the part title in the 目录. */
	page: z.number().int().positive(),
	/** Landing page of the part, e.g. `/regions/`. */
	url: z.string().startsWith('/'),
	/** What the part holds, from the 编辑说明 (empty when it says nothing). */
	description: z.string(),
	sourceLines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
	chapters: z.array(BookNodeSchema),
});
export type Part = z.output<typeof PartSchema>;

/** A block of front matter kept for the cover (编辑说明, 编委会 …). */
export const FrontSectionSchema = z.object({
	id: z.string(),
	title: z.string(),
	/** Markdown file relative to content/. */
	file: z.string().endsWith('.md'),
	sourceLines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});

/** content/book.json: the whole book in reading order. */
export const BookSchema = z.object({
	title: z.string(),
	/** Publication facts from the title page and colophon. */
	edition: z.object({
		publisher: z.string(),
		editor: z.string(),
		isbn: z.string(),
		published: z.string(),
		place: z.string(),
	}),
	front: z.array(FrontSectionSchema),
	parts: z.array(PartSchema).length(11),
});
export type Book = z.output<typeof BookSchema>;
