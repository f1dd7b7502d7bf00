/**
 * (spec, table) → ECharts option. The same plain-JSON option is drawn to SVG at build time and
 * handed to ECharts in the browser, so it holds no functions: the browser adds its tooltip
 * formatter itself (src/client/chart-echarts.ts).
 */
import type { EChartsOption } from 'echarts';
import type { ChartSpec } from '../schemas/chart.ts';
import type { Table } from '../schemas/table.ts';
import { chooseDisplayScale, scaleValue } from '../utils/format-number.ts';
import { type ChartData, extractChartData } from './chart-data.ts';
import {
	AXIS_COLOR,
	BAR_DECALS,
	cycle,
	FONT_FAMILY,
	GRID_COLOR,
	HIGHLIGHT_COLOR,
	LINE_DASHES,
	LINE_SYMBOLS,
	MUTED_TEXT_COLOR,
	seriesColor,
	TEXT_COLOR,
} from './chart-theme.ts';

/** The two sizes a chart is drawn at: desktop and print, and a phone's column. */
export const CHART_WIDTHS = { wide: 720, narrow: 360 } as const;
export type ChartLayout = keyof typeof CHART_WIDTHS;

/** Height of a ranking bar (and its gap) in px. */
const RANKING_ROW = 22;

/** Extra facts the page needs beside the option: the drawn unit and the size. */
export interface BuiltChart {
	option: EChartsOption;
	data: ChartData;
	/** Unit of the numbers drawn on the value axis, after 万/亿 scaling. */
	displayUnit: string;
	/** Drawn value × divisor = the value as printed in the table (in `data.unit`). */
	divisor: number;
	width: number;
	height: number;
}

function maxAbs(data: ChartData): number {
	return Math.max(0, ...data.series.flatMap((series) => series.values.map((value) => Math.abs(value ?? 0))));
}

/**
 * Height that gives every ranking bar room for its label, and a fixed aspect otherwise.
 * @param data the chart's data
 * @param layout wide or narrow
 */
export function chartHeight(data: ChartData, layout: ChartLayout): number {
	if (data.type === 'ranking') return 70 + RANKING_ROW * data.categories.length * Math.max(1, data.series.length * 0.7);
	return layout === 'wide' ? 400 : 340;
}

function seriesList(data: ChartData, divisor: number): NonNullable<EChartsOption['series']> {
	const count = data.series.length;
	return data.series.map((series, index) => {
		const color = seriesColor(index, count, data.type);
		const values = series.values.map((value) => (value === null ? null : scaleValue(value, divisor)));
		if (data.type === 'line') {
			return {
				type: 'line' as const,
				name: series.name,
				data: values,
				// A '—' is a gap in the line, not a fall to zero.
				connectNulls: false,
				symbol: cycle(LINE_SYMBOLS, index),
				symbolSize: 7,
				lineStyle: { width: 2, type: cycle(LINE_DASHES, index) },
				itemStyle: { color },
			};
		}
		const decal = count > 1 ? cycle(BAR_DECALS, index) : null;
		return {
			type: 'bar' as const,
			name: series.name,
			data: values.map((value, i) =>
				data.highlighted[i] && count === 1 ? { value, itemStyle: { color: HIGHLIGHT_COLOR } } : value,
			),
			itemStyle: decal ? { color, decal } : { color },
			barMaxWidth: 28,
			label:
				data.type === 'ranking' && count === 1
					? { show: true, position: 'right' as const, color: MUTED_TEXT_COLOR, fontSize: 11 }
					: { show: false },
		};
	});
}

/**
 * The ECharts option for already extracted chart data.
 * @param data from {@link extractChartData}
 * @param layout wide (desktop, print) or narrow (phone)
 */
export function optionFromData(data: ChartData, layout: ChartLayout = 'wide'): BuiltChart {
	const scale = chooseDisplayScale(maxAbs(data), data.unit);
	const narrow = layout === 'narrow';
	const fontSize = narrow ? 11 : 12;
	const axisLine = { lineStyle: { color: AXIS_COLOR } };
	const categories = data.categories.map((category, index) =>
		data.highlighted[index] ? { value: category, textStyle: { color: HIGHLIGHT_COLOR, fontWeight: 'bold' as const } } : category,
	);
	const categoryAxis = {
		type: 'category' as const,
		data: categories,
		axisLine,
		axisTick: { alignWithLabel: true, lineStyle: { color: AXIS_COLOR } },
		axisLabel: { color: TEXT_COLOR, fontSize, interval: 0, hideOverlap: data.type !== 'ranking' },
		// Categories sit between ticks, also for lines: the first and last year label then fit the box.
		boundaryGap: true,
	};
	const valueAxis = {
		type: 'value' as const,
		name: scale.unit ? `单位：${scale.unit}` : '',
		nameTextStyle: { color: MUTED_TEXT_COLOR, fontSize, align: 'left' as const },
		axisLine: { show: false },
		axisLabel: { color: MUTED_TEXT_COLOR, fontSize },
		splitLine: { lineStyle: { color: GRID_COLOR } },
		// Index values (70–100) read better from a fitted axis; counts and shares start at zero.
		scale: data.type === 'line' && scale.unit === '',
	};
	const ranking = data.type === 'ranking';
	const option: EChartsOption = {
		animation: false,
		textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
		grid: { left: narrow ? 8 : 16, right: ranking ? 56 : 24, top: ranking ? 12 : 40, bottom: ranking ? 16 : 36 },
		tooltip: { trigger: 'axis', axisPointer: { type: ranking || data.type === 'bar' ? 'shadow' : 'line' } },
		xAxis: ranking ? { ...valueAxis, nameLocation: 'end' as const, name: scale.unit, nameGap: 8 } : categoryAxis,
		yAxis: ranking ? { ...categoryAxis, inverse: true } : valueAxis,
		series: seriesList(data, scale.divisor),
	};
	return { option, data, displayUnit: scale.unit, divisor: scale.divisor, width: CHART_WIDTHS[layout], height: chartHeight(data, layout) };
}

/**
 * The ECharts option of a spec drawn from its table.
 * @param spec a validated chart spec
 * @param table the table it names
 * @param layout wide (desktop, print) or narrow (phone)
 * @throws ChartSpecError when the spec does not fit the table
 */
export function buildChartOption(spec: ChartSpec, table: Table, layout: ChartLayout = 'wide'): BuiltChart {
	return optionFromData(extractChartData(spec, table), layout);
}
