/**
 * The markup of one chart on a page: a figure with its caption, the build-time SVG (a wide one for
 * desktop and print, a narrow one for phones), an HTML legend, notes, and the option as JSON for the
 * browser to take over. Plain strings, so the remark plugin and the Astro pages share it.
 */
import type { NamedChartSpec } from '../schemas/chart.ts';
import type { Table } from '../schemas/table.ts';
import { type BuiltChart, buildChartOption } from './build-chart-option.ts';
import { BAR_DECALS, cycle, LINE_DASHES, LINE_SYMBOLS, seriesColor } from './chart-theme.ts';
import { describeChart } from './describe-chart.ts';
import { attrs, escapeHtml } from './html.ts';
import { renderChartSvg } from './render-chart-svg.ts';

/** Everything the page needs to draw one chart, built once per chart and reused by every page. */
export interface RenderedChart {
	name: string;
	wide: BuiltChart;
	narrow: BuiltChart;
	wideSvg: string;
	narrowSvg: string;
}

/**
 * ECharts numbers its SVG ids and classes per process (`zr3-p0`) and starts again at zr0 in the
 * browser, so a build-time id could collide with one the live chart makes. Prefix them per chart.
 */
function isolateIds(svg: string, prefix: string): string {
	return svg.replace(/\bzr\d+-/g, `${prefix}-`);
}

/**
 * Build and draw both sizes of a chart.
 * @param named the spec and its file name
 * @param table the table it names
 */
export function renderChart(named: NamedChartSpec, table: Table): RenderedChart {
	const wide = buildChartOption(named.spec, table, 'wide');
	const narrow = buildChartOption(named.spec, table, 'narrow');
	return {
		name: named.name,
		wide,
		narrow,
		wideSvg: isolateIds(renderChartSvg(wide), `c-${named.name}-w`),
		narrowSvg: isolateIds(renderChartSvg(narrow), `c-${named.name}-n`),
	};
}

function dashArray(dash: (typeof LINE_DASHES)[number]): string | undefined {
	if (dash === 'solid') return undefined;
	if (dash === 'dashed') return '6 4';
	if (dash === 'dotted') return '2 3';
	return dash.join(' ');
}

/** A legend key drawn like the series: dashed line with its marker, or a bar with its pattern. */
function legendSwatch(chart: BuiltChart, index: number): string {
	const color = seriesColor(index, chart.data.series.length, chart.data.type);
	if (chart.data.type === 'line') {
		const symbol = cycle(LINE_SYMBOLS, index);
		const filled = !symbol.startsWith('empty');
		const marker = symbol.includes('Rect') || symbol === 'rect'
			? `<rect x="11" y="3" width="6" height="6"`
			: symbol.includes('riangle')
				? `<path d="M14 2l4 7h-8z"`
				: symbol === 'diamond'
					? `<path d="M14 1l4 5-4 5-4-5z"`
					: `<circle cx="14" cy="6" r="3.5"`;
		const paint = filled ? ` fill="${color}"` : ` fill="#ffffff" stroke="${color}" stroke-width="1.5"`;
		return `<svg class="chart__swatch" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true"><line x1="0" y1="6" x2="28" y2="6" stroke="${color}" stroke-width="2"${attrs({ 'stroke-dasharray': dashArray(cycle(LINE_DASHES, index)) })}/>${marker}${paint}/></svg>`;
	}
	const striped = chart.data.series.length > 1 && cycle(BAR_DECALS, index) !== null;
	const stripes = striped ? '<path d="M2 12L14 0M-4 12L8 0M8 12L20 0" stroke="rgba(0,0,0,0.35)" stroke-width="1.5"/>' : '';
	return `<svg class="chart__swatch" width="16" height="12" viewBox="0 0 16 12" aria-hidden="true"><rect width="16" height="12" fill="${color}"/>${stripes}</svg>`;
}

function legend(chart: BuiltChart): string {
	if (chart.data.series.length < 2) return '';
	const items = chart.data.series
		.map((series, index) => `<li class="chart__key" data-series="${index}">${legendSwatch(chart, index)}<span>${escapeHtml(series.name)}</span></li>`)
		.join('');
	return `<ul class="chart__legend" aria-label="图例">${items}</ul>`;
}

/** JSON inside a <script> element: `<` escaped so no string in the data can close the element. */
function scriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The `<figure class="chart">` markup of a rendered chart.
 * @param chart from {@link renderChart}
 */
export function chartFigureHtml(chart: RenderedChart): string {
	const { data } = chart.wide;
	const unit = chart.wide.displayUnit ? `<span class="chart__unit">单位：${escapeHtml(chart.wide.displayUnit)}</span>` : '';
	const notes = data.notes.map((note) => `<p class="chart__note">${escapeHtml(note)}</p>`).join('');
	const payload = {
		wide: { option: chart.wide.option, width: chart.wide.width, height: chart.wide.height },
		narrow: { option: chart.narrow.option, width: chart.narrow.width, height: chart.narrow.height },
		unit: chart.wide.displayUnit,
	};
	return [
		`<figure class="chart" id="chart-${escapeHtml(chart.name)}" data-chart="${escapeHtml(chart.name)}" data-chart-type="${data.type}">`,
		`<figcaption class="chart__caption"><span class="chart__title">${escapeHtml(data.title)}</span>${unit}</figcaption>`,
		`<div class="chart__canvas" role="img"${attrs({ 'aria-label': describeChart(data) })}>`,
		`<div class="chart__svg chart__svg--wide">${chart.wideSvg}</div>`,
		`<div class="chart__svg chart__svg--narrow">${chart.narrowSvg}</div>`,
		'</div>',
		legend(chart.wide),
		notes,
		`<script type="application/json" class="chart__data">${scriptJson(payload)}</script>`,
		'</figure>',
	].join('');
}
