import { z } from 'zod';

/**
 * content/charts/<name>.json: a hand-written chart of one table. A spec names its table and says
 * which rows and columns to draw and how; it never copies a number out of the table.
 *
 * Tables are named by their printed title, not by id: ids (`t037`) are assigned in source order and
 * shift whenever the parser finds one table more or less, while titles are what the book prints.
 * Matching ignores white space (the source letter-spaces titles: `2012—2016 年` vs `2012—2016年`).
 * When two tables print the same title, `chapter` (a book.json id) tells them apart.
 */
export const ChartSpecSchema = z
	.object({
		/** Editor hint only. */
		$schema: z.string().optional(),
		/** Printed title of the table (white space ignored), e.g. '2012—2016 年全国互联网用户发展情况'. */
		table: z.string().min(1),
		/** Book id of the chapter the table stands in, needed only when titles repeat. */
		chapter: z.string().optional(),
		/**
		 * line: a time series, categories are years. bar: vertical (grouped) bars, for two-year comparisons.
		 * ranking: horizontal bars sorted by the last listed column (the latest year), for provinces,
		 * industries or countries.
		 */
		type: z.enum(['line', 'bar', 'ranking']),
		/**
		 * rows: each selected row is one series and the selected columns are the categories (an indicator
		 * across years). columns: each selected column is one series and the rows are the categories.
		 */
		series: z.enum(['rows', 'columns']),
		/** Chart title; defaults to the table's title. */
		title: z.string().optional(),
		/** The column whose cells name the rows (label or header path); default: the first column. */
		labelColumn: z.string().optional(),
		/** Row labels (white space ignored) to draw, in this order; default: every data row. */
		rows: z.array(z.string()).optional(),
		/** Row labels to leave out, e.g. '总计' or '世界' beside the parts they sum. */
		excludeRows: z.array(z.string()).optional(),
		/** Column labels or header paths joined with ' / ' (e.g. '2016 年 / 普及率 (%)'); default: every numeric column. */
		columns: z.array(z.string()).optional(),
		/**
		 * Labels to print instead of the row labels, one per drawn row (categories or series names),
		 * for a table whose printed labels are wrong; say why in `note`.
		 */
		categoryLabels: z.array(z.string()).optional(),
		/** Unit of every drawn value, when the table prints none or prints it in the title. */
		unit: z.string().optional(),
		/** ranking: keep only the N largest (the highlighted categories are always kept). */
		top: z.number().int().positive().optional(),
		/** Categories drawn in the accent colour, e.g. ['中国']. */
		highlight: z.array(z.string()).optional(),
		/** A sentence shown under the chart: why rows were left out or labels corrected. */
		note: z.string().optional(),
	})
	.strict()
	.refine((spec) => spec.type !== 'ranking' || spec.series === 'columns', {
		message: 'A ranking sorts rows by a column, so it needs "series": "columns".',
		path: ['series'],
	});
export type ChartSpec = z.output<typeof ChartSpecSchema>;

/** A spec with the name of its file (without .json), which is also the chart's id on the page. */
export interface NamedChartSpec {
	name: string;
	spec: ChartSpec;
}
