/**
 * The sentence a screen reader hears for a chart: what kind of chart, what it shows and its main
 * finding (ECharts' own aria text is not emitted by its server-side renderer).
 */
import { formatWithUnit } from '../utils/format-number.ts';
import type { ChartData, ChartSeries } from './chart-data.ts';

const KIND_NAMES = { line: '折线图', bar: '柱状图', ranking: '条形图（按数值排序）' } as const;

function firstAndLast(series: ChartSeries, categories: string[], unit: string): string | null {
	const present = series.values.map((value, index) => ({ value, index })).filter((point) => point.value !== null);
	const first = present[0];
	const last = present[present.length - 1];
	if (!first || !last || first === last) return null;
	return `${categories[first.index]}为${formatWithUnit(first.value as number, unit)}，${categories[last.index]}为${formatWithUnit(last.value as number, unit)}`;
}

function describeTrends(data: ChartData): string {
	const parts = data.series.map((series) => {
		const span = firstAndLast(series, data.categories, data.unit);
		return span ? `${series.name}：${span}` : null;
	});
	return parts.filter(Boolean).join('；');
}

function describeRanking(data: ChartData): string {
	// Rankings are sorted by their last series (rankCategories), so that is the one to read out.
	const values = data.series[data.series.length - 1]?.values ?? [];
	const top = data.categories[0];
	const bottom = data.categories[data.categories.length - 1];
	if (top === undefined || values[0] == null) return '';
	const lead = `${top}最高（${formatWithUnit(values[0], data.unit)}）`;
	const last = values[values.length - 1];
	const tail = bottom !== top && last != null ? `，图中最低为${bottom}（${formatWithUnit(last, data.unit)}）` : '';
	const marked = data.categories.filter((_, index) => data.highlighted[index]);
	return `${lead}${tail}${marked.length > 0 ? `；重点标示：${marked.join('、')}` : ''}`;
}

/**
 * A one-paragraph description of a chart for its aria-label.
 * @param data the chart's data
 */
export function describeChart(data: ChartData): string {
	const unit = data.unit ? `，单位：${data.unit}` : '';
	const seriesNames = data.series.length > 1 ? `，系列：${data.series.map((series) => series.name).join('、')}` : '';
	const head = `${KIND_NAMES[data.type]}：${data.title}${unit}${seriesNames}，共 ${data.categories.length} 项。`;
	const finding = data.type === 'ranking' ? describeRanking(data) : describeTrends(data);
	const gaps = data.series.some((series) => series.values.includes(null)) ? '原表缺失（—）的数值在图中留空。' : '';
	return `${head}${finding ? `${finding}。` : ''}${gaps}`;
}
