/**
 * Build-time SVG of a chart through ECharts' server-side renderer, so a chart exists without
 * JavaScript and prints crisply. Runs in Node only (no DOM needed).
 */
import * as echarts from 'echarts';
import type { BuiltChart } from './build-chart-option.ts';

/**
 * Draw a built chart to an SVG string that scales with its box (viewBox, no fixed size).
 * @param chart from buildChartOption / optionFromData
 * @returns the `<svg …>…</svg>` markup
 */
export function renderChartSvg(chart: BuiltChart): string {
	const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: chart.width, height: chart.height });
	try {
		instance.setOption(chart.option);
		return instance.renderToSVGString({ useViewBox: true });
	} finally {
		instance.dispose();
	}
}
