import { z } from 'zod';
import { NodeKindSchema } from './book.ts';

/** Front matter of content/chapters/**\/*.md. The body is Markdown with `##` for top-level sections. */
export const ChapterFrontmatterSchema = z.object({
	/** Same id as the book.json node. */
	id: z.string(),
	title: z.string(),
	/** Title of the part (篇) the chapter belongs to. */
	part: z.string(),
	/** Slug of that part. */
	partId: z.string(),
	/** 优秀单位 / 先进人物 when the chapter sits in a group. */
	group: z.string().optional(),
	kind: NodeKindSchema,
	/** Printed page from the 目录. */
	page: z.number().int().positive().nullable(),
	/** Position in reading order over the whole book, from 1. */
	order: z.number().int().positive(),
	url: z.string(),
	/** Author line under the title (专题研究篇). */
	byline: z.string().optional(),
	/** Policy documents: 【颁布单位】, 【发文字号】, 【颁布时间】 as printed. */
	issuer: z.string().optional(),
	docNumber: z.string().optional(),
	issued: z.string().optional(),
	/** Ids of the tables that stand in this chapter, in order. */
	tables: z.array(z.string()),
	sourceLines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});
export type ChapterFrontmatter = z.output<typeof ChapterFrontmatterSchema>;
