/**
 * Colours, line dashes and markers of every chart, in one place.
 *
 * The palette is Okabe & Ito's, chosen to stay distinct for the common colour-vision deficiencies.
 * Colour alone still fails in grey-scale print, so each line series also gets its own dash and marker,
 * and bars of several series get a decal pattern. Colours are written as lowercase hex on purpose:
 * tables.css re-maps exactly these values to CSS variables (`[fill="#0072b2"]`) for dark mode,
 * which works for the build-time SVG and for the SVG that ECharts draws in the browser alike.
 */

/** Series colours, in the order series take them. */
export const SERIES_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000'] as const;

/** Two-year comparisons: a light and a dark shade, so the older year reads lighter even in grey. */
export const PAIR_COLORS = ['#56b4e9', '#0072b2'] as const;

/** The one bar a ranking singles out (中国): vermillion, also darker than the sky-blue bars in grey. */
export const HIGHLIGHT_COLOR = '#d55e00';

/** Bars of a single-series ranking. */
export const RANKING_COLOR = '#56b4e9';

/** Text, axis lines and grid lines: distinct values so dark mode can re-map each one. */
export const TEXT_COLOR = '#333333';
export const MUTED_TEXT_COLOR = '#595959';
export const AXIS_COLOR = '#8c8c8c';
export const GRID_COLOR = '#d9d9d9';

/**
 * CJK-capable system fonts only: the site loads no web fonts. Unquoted on purpose: ECharts writes the
 * family into a double-quoted style attribute, where a double quote would end the attribute.
 */
export const FONT_FAMILY = 'Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif';

/** ECharts line dash types, one per series (grey-scale print tells lines apart by these). */
export const LINE_DASHES: ReadonlyArray<'solid' | 'dashed' | 'dotted' | number[]> = [
	'solid',
	'dashed',
	'dotted',
	[12, 4, 2, 4],
	[2, 6],
	[16, 6],
	[6, 3, 6, 3, 1, 3],
];

/** ECharts marker symbols, one per series. */
export const LINE_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'emptyCircle', 'emptyRect', 'emptyTriangle'] as const;

/** Decal patterns for bars of several series: none, diagonal stripes, dots, cross-hatch … */
export const BAR_DECALS: ReadonlyArray<Record<string, unknown> | null> = [
	null,
	{ symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: 'rgba(0,0,0,0.35)' },
	{ symbol: 'circle', symbolSize: 0.6, dashArrayX: [[1, 4]], dashArrayY: [1, 4], color: 'rgba(0,0,0,0.35)' },
	{ symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: 'rgba(0,0,0,0.35)' },
];

/**
 * The colour of series `index` of `count` in a chart of `type`.
 * @param index position of the series
 * @param count how many series the chart has
 * @param type the spec's chart type
 */
export function seriesColor(index: number, count: number, type: 'line' | 'bar' | 'ranking'): string {
	if (count === 1 && type === 'ranking') return RANKING_COLOR;
	if (count === 2 && type !== 'line') return PAIR_COLORS[index] ?? SERIES_COLORS[0];
	return SERIES_COLORS[index % SERIES_COLORS.length] ?? SERIES_COLORS[0];
}

/** Pick item `index` of a list, cycling. */
export function cycle<T>(list: ReadonlyArray<T>, index: number): T {
	return list[index % list.length] as T;
}
