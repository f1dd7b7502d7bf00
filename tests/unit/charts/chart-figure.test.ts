import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { chartFigureHtml, renderChart } from '../../../src/charts/render-chart-figure.ts';
import { renderTableFigure } from '../../../src/markdown/table/render-table-figure.ts';
import { ChartSpecSchema } from '../../../src/schemas/chart.ts';
import { INTERNET_USERS } from './fixture-table.ts';

const named = {
	name: 'internet-users',
	spec: ChartSpecSchema.parse({ table: INTERNET_USERS.title, type: 'line', series: 'rows', rows: ['互联网上网人数', '移动互联网用户数'], unit: '万人' }),
};

describe('chartFigureHtml', () => {
	const chart = renderChart(named, INTERNET_USERS);
	const html = chartFigureHtml(chart);

	test('embeds the build-time SVG at both sizes inside a role="img" box that says what the chart shows', () => {
		assert.match(html, /<div class="chart__canvas" role="img" aria-label="折线图：2012—2016 年全国互联网用户发展情况，单位：万人，系列：互联网上网人数、移动互联网用户数/);
		assert.match(html, /<div class="chart__svg chart__svg--wide"><svg [^>]*viewBox="0 0 720 400"/);
		assert.match(html, /<div class="chart__svg chart__svg--narrow"><svg [^>]*viewBox="0 0 360 340"/);
	});

	test('gives each SVG its own id prefix so build-time and live charts never share pattern or class ids', () => {
		assert.doesNotMatch(html, /\bzr\d+-/);
		assert.match(chart.wideSvg, /c-internet-users-w-/);
	});

	test('draws an HTML legend whose keys match the lines', () => {
		assert.match(html, /<li class="chart__key" data-series="0"><svg class="chart__swatch"[^>]*>.*?stroke="#0072b2".*?<\/svg><span>互联网上网人数<\/span><\/li>/);
		assert.match(html, /<li class="chart__key" data-series="1">.*?stroke-dasharray="6 4"/);
	});

	test('carries the option as JSON that cannot close its script element', () => {
		const json = /<script type="application\/json" class="chart__data">(.*?)<\/script>/.exec(html)?.[1] ?? '';
		const payload = JSON.parse(json) as { wide: { option: { series: { data: unknown[] }[] } }; tooltip: { divisor: number; unit: string } };
		assert.deepEqual(payload.tooltip, { divisor: 1e4, unit: '万人' });
		assert.deepEqual(payload.wide.option.series[1]?.data.slice(0, 3), [null, null, 8.75221]);
		assert.doesNotMatch(json, /</);
	});

	test('makes a valid page together with its table', async () => {
		const page = renderTableFigure(INTERNET_USERS, { charts: [chart] });
		const validator = new HtmlValidate({ extends: ['html-validate:standard'], rules: { 'no-inline-style': 'off' } });
		const report = await validator.validateString(`<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${page}</body></html>`);
		assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), []);
	});
});
