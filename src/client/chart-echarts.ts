/**
 * Interactive charts: a tree-shaken ECharts (bar, line, grid, tooltip, SVG renderer; ≈176 KB gzip)
 * redraws a build-time chart from the same option, adding tooltips and series toggles.
 * Loaded only by chart-loader.ts, only when a chart comes near the viewport.
 *
 * There is no ECharts legend component (it would push the bundle past its 180 KB budget): the
 * build-time HTML legend becomes a set of toggle buttons instead, which also reads better to a
 * screen reader than a legend drawn inside the SVG.
 */
import type { EChartsOption, SeriesOption } from 'echarts';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { type ECharts, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { formatWithUnit, scaleValue } from '../utils/format-number.ts';

use([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

/** Below this width the phone layout (smaller type, tighter grid) is used, as for the build-time SVG. */
const NARROW_BELOW = 480;

interface Layout {
	option: EChartsOption;
	width: number;
	height: number;
}

/** The JSON the build put in `<script class="chart__data">` (render-chart-figure.ts). */
interface ChartPayload {
	wide: Layout;
	narrow: Layout;
	tooltip: { divisor: number; unit: string };
}

function readPayload(figure: HTMLElement): ChartPayload | null {
	const text = figure.querySelector('script.chart__data')?.textContent;
	return text ? (JSON.parse(text) as ChartPayload) : null;
}

/** The tooltip shows each value as the table prints it (73,125 万人), not as drawn (7.31 亿人). */
function tooltipValue({ divisor, unit }: ChartPayload['tooltip']) {
	return (value: unknown): string => (typeof value === 'number' ? formatWithUnit(scaleValue(value, 1 / divisor), unit) : '—');
}

/** The series list with hidden series emptied (ECharts without its legend component cannot hide them). */
function visibleSeries(option: EChartsOption, hidden: ReadonlySet<number>): SeriesOption[] {
	const series = (Array.isArray(option.series) ? option.series : [option.series]) as SeriesOption[];
	return series.map((item, index) => (hidden.has(index) ? { ...item, data: [] } : item) as SeriesOption);
}

/** Turn the HTML legend into toggle buttons that show and hide series. */
function wireLegend(figure: HTMLElement, chart: ECharts, option: EChartsOption): void {
	const hidden = new Set<number>();
	for (const key of figure.querySelectorAll<HTMLElement>('.chart__key')) {
		const index = Number(key.dataset['series']);
		const toggle = document.createElement('button');
		toggle.type = 'button';
		toggle.className = 'chart__toggle';
		toggle.setAttribute('aria-pressed', 'true');
		toggle.title = '显示或隐藏此系列';
		toggle.append(...key.childNodes);
		key.append(toggle);
		toggle.addEventListener('click', () => {
			// Keep at least one series: an empty chart answers nothing.
			if (!hidden.has(index) && hidden.size === figure.querySelectorAll('.chart__key').length - 1) return;
			if (hidden.has(index)) hidden.delete(index);
			else hidden.add(index);
			toggle.setAttribute('aria-pressed', String(!hidden.has(index)));
			chart.setOption({ series: visibleSeries(option, hidden) });
		});
	}
}

/**
 * Replace a chart's build-time SVG with a live ECharts chart of the same option.
 * @param figure a `figure.chart` from render-chart-figure.ts
 * @returns the ECharts instance, or null when the figure has no data
 */
export function hydrateChart(figure: HTMLElement): ECharts | null {
	const payload = readPayload(figure);
	const canvas = figure.querySelector<HTMLElement>('.chart__canvas');
	if (!payload || !canvas || figure.dataset['live']) return null;
	const layout = canvas.clientWidth < NARROW_BELOW ? payload.narrow : payload.wide;
	const live = document.createElement('div');
	live.className = 'chart__live';
	live.style.height = `${layout.height}px`;
	canvas.append(live);
	const chart = init(live, null, { renderer: 'svg' });
	const option: EChartsOption = {
		...layout.option,
		tooltip: { ...(layout.option.tooltip as object), valueFormatter: tooltipValue(payload.tooltip), className: 'chart-tooltip', confine: true },
	};
	chart.setOption(option);
	figure.dataset['live'] = 'true';
	wireLegend(figure, chart, option);
	new ResizeObserver(() => chart.resize()).observe(live);
	return chart;
}
