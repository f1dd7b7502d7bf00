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

/** Marker shapes of the legend keys, by the ECharts symbol they stand for (filled or 'empty…'). */
const MARKER_SHAPES: Record<string, string> = {
	circle: '<circle cx="14" cy="6" r="3.5"',
	rect: '<rect x="11" y="3" width="6" height="6"',
	triangle: '<path d="M14 2l4 7h-8z"',
	diamond: '<path d="M14 1l4 5-4 5-4-5z"',
};

function lineSwatch(color: string, index: number): string {
	const symbol = cycle(LINE_SYMBOLS, index);
	const empty = symbol.startsWith('empty');
	const shape = MARKER_SHAPES[empty ? symbol.slice('empty'.length).toLowerCase() : symbol] ?? MARKER_SHAPES['circle'];
	const paint = empty ? ` fill="#ffffff" stroke="${color}" stroke-width="1.5"` : ` fill="${color}"`;
	const dash = attrs({ 'stroke-dasharray': dashArray(cycle(LINE_DASHES, index)) });
	return `<svg class="chart__swatch" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true"><line x1="0" y1="6" x2="28" y2="6" stroke="${color}" stroke-width="2"${dash}/>${shape}${paint}/></svg>`;
}

function barSwatch(color: string, striped: boolean): string {
	const stripes = striped ? '<path d="M2 12L14 0M-4 12L8 0M8 12L20 0" stroke="rgba(0,0,0,0.35)" stroke-width="1.5"/>' : '';
	return `<svg class="chart__swatch" width="16" height="12" viewBox="0 0 16 12" aria-hidden="true"><rect width="16" height="12" fill="${color}"/>${stripes}</svg>`;
}

/** A legend key drawn like its series: the line with its dash and marker, or the bar with its pattern. */
function legendSwatch(chart: BuiltChart, index: number): string {
	const count = chart.data.series.length;
	const color = seriesColor(index, count, chart.data.type);
	return chart.data.type === 'line' ? lineSwatch(color, index) : barSwatch(color, count > 1 && cycle(BAR_DECALS, index) !== null);
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
		// The tooltip shows the number as the table prints it: drawn value × divisor, in the table's unit.
		tooltip: { divisor: chart.wide.divisor, unit: data.unit },
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
