import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildChartOption } from '../../../src/charts/build-chart-option.ts';
import { ChartSpecError, extractChartData } from '../../../src/charts/chart-data.ts';
import { HIGHLIGHT_COLOR, PAIR_COLORS } from '../../../src/charts/chart-theme.ts';
import { type ChartSpec, ChartSpecSchema } from '../../../src/schemas/chart.ts';
import { COUNTRIES, INTERNET_USERS, makeTable } from './fixture-table.ts';

const spec = (fields: Record<string, unknown>): ChartSpec => ChartSpecSchema.parse({ table: '测试表', ...fields });
type SeriesList = { type: string; name: string; data: unknown[]; connectNulls?: boolean; lineStyle?: { type: unknown }; symbol?: string; itemStyle?: { color?: string; decal?: unknown } }[];
const seriesOf = (option: { series?: unknown }): SeriesList => option.series as SeriesList;

describe('buildChartOption: line charts of a time series', () => {
	const users = spec({ type: 'line', series: 'rows', rows: ['互联网上网人数', '手机上网人数'] });

	test('draws one line per selected row with the years as categories', () => {
		const { option } = buildChartOption(users, INTERNET_USERS);
		assert.deepEqual((option.xAxis as { data: unknown[] }).data, ['2012 年', '2013 年', '2014 年', '2015 年', '2016 年']);
		assert.deepEqual(seriesOf(option).map((s) => [s.type, s.name]), [['line', '互联网上网人数'], ['line', '手机上网人数']]);
	});

	test('rescales 万人 to 亿人 and names the unit on the axis', () => {
		const built = buildChartOption(users, INTERNET_USERS);
		assert.equal(built.displayUnit, '亿人');
		assert.equal((built.option.yAxis as { name: string }).name, '单位：亿人');
		assert.deepEqual(seriesOf(built.option)[0]?.data, [5.64, 6.1758, 6.4875, 6.8826, 7.3125]);
	});

	test('leaves a gap for a missing value instead of drawing zero', () => {
		const { option } = buildChartOption(spec({ type: 'line', series: 'rows', rows: ['移动互联网用户数'] }), INTERNET_USERS);
		const [mobile] = seriesOf(option);
		assert.deepEqual(mobile?.data.slice(0, 2), [null, null]);
		assert.equal(mobile?.connectNulls, false);
	});

	test('gives each line its own dash and marker so grey-scale print tells them apart', () => {
		const lines = seriesOf(buildChartOption(users, INTERNET_USERS).option);
		assert.notDeepEqual(lines[0]?.lineStyle?.type, lines[1]?.lineStyle?.type);
		assert.notEqual(lines[0]?.symbol, lines[1]?.symbol);
	});

	test('holds no functions, so the same option can travel to the browser as JSON', () => {
		const { option } = buildChartOption(users, INTERNET_USERS);
		assert.deepEqual(JSON.parse(JSON.stringify(option)), option);
	});

	test('refuses to mix units on one axis', () => {
		const mixed = spec({ type: 'line', series: 'rows', rows: ['互联网普及率', '互联网上网人数'] });
		assert.throws(() => buildChartOption(mixed, INTERNET_USERS), ChartSpecError);
	});

	test('names a missing row in its error', () => {
		assert.throws(() => buildChartOption(spec({ type: 'line', series: 'rows', rows: ['宽带'] }), INTERNET_USERS), /no row "宽带"/);
	});
});

describe('buildChartOption: rankings', () => {
	const ranking = spec({ type: 'ranking', series: 'columns', columns: ['2015 年'], top: 3, highlight: ['中国'] });

	test('sorts categories from the largest value down on an inverted category axis', () => {
		const { option, data } = buildChartOption(spec({ type: 'ranking', series: 'columns', columns: ['2015 年'] }), COUNTRIES);
		assert.deepEqual(data.categories, ['菲律宾', '越南', '中国', '世界', '阿根廷', '美国']);
		assert.equal((option.yAxis as { inverse: boolean }).inverse, true);
		assert.equal((option.xAxis as { type: string }).type, 'value');
	});

	test('leaves out rows without a value and says so in a note', () => {
		const { data } = buildChartOption(spec({ type: 'ranking', series: 'columns', columns: ['2015 年'] }), COUNTRIES);
		assert.ok(!data.categories.includes('马耳他'));
		assert.ok(data.notes.some((note) => note.includes('1 项缺少数据')));
	});

	test('keeps the top N and always the highlighted category, marked with its rank', () => {
		const { data } = buildChartOption({ ...ranking, top: 2 }, COUNTRIES);
		assert.deepEqual(data.categories, ['菲律宾', '越南', '中国（第 3 位）']);
	});

	test('draws the highlighted bar and label in the accent colour', () => {
		const { option } = buildChartOption(ranking, COUNTRIES);
		const bars = seriesOf(option)[0]?.data as unknown[];
		assert.deepEqual(bars[2], { value: 26.6, itemStyle: { color: HIGHLIGHT_COLOR } });
		assert.equal(bars[0], 42.9);
		const labels = (option.yAxis as { data: unknown[] }).data;
		assert.deepEqual(labels[2], { value: '中国', textStyle: { color: HIGHLIGHT_COLOR, fontWeight: 'bold' } });
	});

	test('sorts a two-year ranking by the later year', () => {
		const { data } = buildChartOption(spec({ type: 'ranking', series: 'columns', columns: ['2014 年', '2015 年'] }), COUNTRIES);
		// By 2014 马耳他 (20.1) would come fourth; it has no 2015 value, so it drops out.
		assert.deepEqual(data.categories, ['菲律宾', '越南', '中国', '世界', '阿根廷', '美国']);
		assert.deepEqual(data.series.map((series) => series.name), ['2014 年', '2015 年']);
		assert.deepEqual(data.series[0]?.values.slice(0, 3), [40.2, 28.0, 25.1]);
	});

	test('is only allowed with series as columns', () => {
		assert.equal(ChartSpecSchema.safeParse({ table: 'x', type: 'ranking', series: 'rows' }).success, false);
	});
});

describe('buildChartOption: grouped bars for a two-year comparison', () => {
	const index = makeTable(
		['指标', '2015 年指数', '2016 年指数', '变化情况'],
		[
			['基础环境', '97.01', '103.95', '↑6.94'],
			['工业应用', '74.68', '80.72', '↑6.04'],
			['总指数', '91.6', '96.76', '↑5.16'],
		],
	);
	const bars = spec({ type: 'bar', series: 'columns', columns: ['2015年指数', '2016 年指数'] });

	test('draws one bar series per year over the rows', () => {
		const { option } = buildChartOption(bars, index);
		assert.deepEqual((option.xAxis as { data: unknown[] }).data, ['基础环境', '工业应用', '总指数']);
		assert.deepEqual(seriesOf(option).map((s) => [s.name, s.data]), [
			['2015 年指数', [97.01, 74.68, 91.6]],
			['2016 年指数', [103.95, 80.72, 96.76]],
		]);
	});

	test('shades the older year lighter and patterns the newer one', () => {
		const [older, newer] = seriesOf(buildChartOption(bars, index).option);
		assert.equal(older?.itemStyle?.color, PAIR_COLORS[0]);
		assert.equal(newer?.itemStyle?.color, PAIR_COLORS[1]);
		assert.equal(older?.itemStyle?.decal, undefined);
		assert.ok(newer?.itemStyle?.decal);
	});

	test('matches column names whatever their letter-spacing', () => {
		assert.equal(extractChartData(bars, index).series.length, 2);
	});
});

describe('extractChartData: header paths and corrected labels', () => {
	const twoLevel = makeTable(['地区', '网民数 (万人)', '普及率 (%)', '网民数 (万人)', '普及率 (%)'], [['北京', '1647', '76.5', '1690', '77.8'], ['天津', '956', '63.0', '999', '64.6']]);
	twoLevel.columns.forEach((column, i) => {
		if (i === 0) return;
		column.path = [i < 3 ? '2015 年' : '2016 年', column.label];
		column.unit = column.label.includes('%') ? '%' : '万人';
	});

	test('finds a column by its header path when its label repeats', () => {
		const data = extractChartData(spec({ type: 'ranking', series: 'columns', columns: ['2016 年 / 普及率 (%)'] }), twoLevel);
		assert.deepEqual(data.series[0]?.values, [77.8, 64.6]);
		assert.equal(data.unit, '%');
	});

	test('rejects an ambiguous column label', () => {
		assert.throws(() => extractChartData(spec({ type: 'ranking', series: 'columns', columns: ['普及率 (%)'] }), twoLevel), /several columns/);
	});

	test('names series of one measure by their year', () => {
		const data = extractChartData(spec({ type: 'bar', series: 'columns', columns: ['2015 年 / 普及率 (%)', '2016 年 / 普及率 (%)'] }), twoLevel);
		assert.deepEqual(data.series.map((s) => s.name), ['2015 年', '2016 年']);
	});

	test('prints corrected category labels when the spec gives them', () => {
		const data = extractChartData(spec({ type: 'line', series: 'columns', columns: ['2016 年 / 网民数 (万人)'], categoryLabels: ['京', '津'] }), twoLevel);
		assert.deepEqual(data.categories, ['京', '津']);
	});
});
