import { z } from 'zod';

const LineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);

/** One cell of a data, group or note row. */
export const CellSchema = z.object({
	/** The cell as a reader should see it: spaces inside names collapsed, a ditto cell filled from above. */
	text: z.string(),
	/** The parsed number (↓ gives a negative number, （x） gives x), or null for text, '—' and blanks. */
	value: z.number().nullable(),
	/** Exactly what the source printed, '' for a blank cell. */
	printed: z.string(),
	/** The blank cell meant 'same as above': `text` was filled from the row above. */
	ditto: z.boolean().optional(),
	/** Display only: this cell spans this many rows (set on the first cell of a ditto run). */
	rowspan: z.number().int().positive().optional(),
	/** Display only: the cell is covered by a rowspan above and is not drawn. */
	hidden: z.boolean().optional(),
	/** How `value` relates to the printed text: 'missing' for '—', 'cumulative' for （x）, 'greater'/'less' for >x/<x … */
	qualifier: z.enum(['missing', 'cumulative', 'greater', 'less', 'ratio', 'approximate']).optional(),
	/** Footnote marker(s) printed after the label, e.g. '*' or '**'. */
	marker: z.string().optional(),
});
export type Cell = z.output<typeof CellSchema>;

export const RowSchema = z.object({
	/** data: a record; group: a section label inside the table; note: a 注 line printed inside the grid. */
	kind: z.enum(['data', 'group', 'note']),
	cells: z.array(CellSchema),
	sourceLine: z.number().int().positive(),
});
export type Row = z.output<typeof RowSchema>;

export const ColumnSchema = z.object({
	/** Stable key, `c0`, `c1` … */
	key: z.string(),
	/** Last element of the path, e.g. `普及率 (%)`. */
	label: z.string(),
	/** Header labels from the top header row down, e.g. ['2012 年', '普及率 (%)']. */
	path: z.array(z.string()).min(1),
	/** Unit read from the header or the table, e.g. '%', '万人'; null when none is printed. */
	unit: z.string().nullable(),
	/** Most data cells of this column are numbers. */
	numeric: z.boolean(),
});
export type Column = z.output<typeof ColumnSchema>;

/** A header cell as drawn: the spans that restore the printed header. */
export const HeaderCellSchema = z.object({
	text: z.string(),
	colspan: z.number().int().positive(),
	rowspan: z.number().int().positive(),
});

/** content/tables/<id>.json: one logical table, its 续表 continuations merged. */
export const TableSchema = z.object({
	/** `t001` … in source order. */
	id: z.string().regex(/^t\d{3}$/),
	/** Table number as printed, e.g. '表 1', or null. */
	number: z.string().nullable(),
	/** Title without the number, spaces of line wrapping removed. */
	title: z.string(),
	/** Id of the chapter the table stands in. */
	chapter: z.string(),
	/** Part slug. */
	part: z.string(),
	/** Unit for the whole table (from a 单位： line or a uniform header unit), or null. */
	unit: z.string().nullable(),
	/** 'data' when most cells are numbers, 'list' for name lists and rankings of text. */
	kind: z.enum(['data', 'list']),
	columns: z.array(ColumnSchema).min(1),
	/** Header rows as printed, with spans. */
	header: z.array(z.array(HeaderCellSchema)).min(1),
	rows: z.array(RowSchema),
	/** 注 lines under (or inside) the table. */
	notes: z.array(z.string()),
	/** 数据来源 / 资料来源 lines. */
	sources: z.array(z.string()),
	/** First and last source line, title included. */
	sourceLines: LineRange,
	/** Each tab block that was merged (more than one when 续表 continued it). */
	blocks: z.array(LineRange).min(1),
	/** Printed page of the chapter (tables have no page of their own in the text). */
	page: z.number().int().positive().nullable(),
});
export type Table = z.output<typeof TableSchema>;
