import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractChartData } from '../../../src/charts/chart-data.ts';
import { describeChart } from '../../../src/charts/describe-chart.ts';
import { ChartSpecSchema } from '../../../src/schemas/chart.ts';
import { COUNTRIES, INTERNET_USERS } from './fixture-table.ts';

describe('describeChart', () => {
	test('states the kind, title, unit and the first and last value of each line', () => {
		const spec = ChartSpecSchema.parse({ table: 'x', type: 'line', series: 'rows', rows: ['互联网上网人数'], title: '网民规模' });
		assert.equal(
			describeChart(extractChartData(spec, INTERNET_USERS)),
			'折线图：网民规模，单位：万人，共 5 项。互联网上网人数：2012 年为56,400 万人，2016 年为73,125 万人。',
		);
	});

	test('says that gaps stand for missing values', () => {
		const spec = ChartSpecSchema.parse({ table: 'x', type: 'line', series: 'rows', rows: ['移动互联网用户数'] });
		const text = describeChart(extractChartData(spec, INTERNET_USERS));
		assert.match(text, /2014 年为87,522.1 万户/);
		assert.match(text, /缺失（—）的数值在图中留空/);
	});

	test('names the top and bottom of a ranking and the highlighted categories', () => {
		const spec = ChartSpecSchema.parse({ table: 'x', type: 'ranking', series: 'columns', columns: ['2015 年'], highlight: ['中国'] });
		const text = describeChart(extractChartData(spec, COUNTRIES));
		assert.match(text, /^条形图（按数值排序）/);
		assert.match(text, /菲律宾最高（42\.9%），图中最低为美国（9\.4%）；重点标示：中国。$/);
	});
});
