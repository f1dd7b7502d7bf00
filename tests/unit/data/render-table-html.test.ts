import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { renderTableHtml } from '../../../src/markdown/table/render-table-html.ts';
import { renderTableFigure } from '../../../src/markdown/table/render-table-figure.ts';
import type { Table } from '../../../src/schemas/table.ts';
import { parsedBook } from '../../support/book.ts';
import { cell, makeTable } from '../charts/fixture-table.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:standard'],
	// The chart JSON sits in <script type="application/json">; SVG from ECharts is foreign content.
	rules: { 'no-inline-style': 'off', 'attribute-boolean-style': 'off', 'no-implicit-button-type': 'off' },
});

async function assertValid(html: string, label: string): Promise<void> {
	const report = await validator.validateString(`<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${html}</body></html>`);
	const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`));
	assert.deepEqual(messages, [], label);
}

const realTable = (title: string): Table => {
	const found = parsedBook().tables.find((table) => table.title.replace(/\s/g, '') === title.replace(/\s/g, ''));
	assert.ok(found, title);
	return found;
};

describe('renderTableHtml', () => {
	test('draws header spans with scope, and right-aligns numeric columns', () => {
		const table = makeTable(['地区', '网民数', '普及率'], [['北京', '1690', '77.8']]);
		table.header = [
			[{ text: '地区', colspan: 1, rowspan: 2 }, { text: '2016 年', colspan: 2, rowspan: 1 }],
			[{ text: '网民数', colspan: 1, rowspan: 1 }, { text: '普及率', colspan: 1, rowspan: 1 }],
		];
		const html = renderTableHtml(table);
		assert.match(html, /<th scope="col" rowspan="2">地区<\/th><th scope="colgroup" colspan="2">2016 年<\/th>/);
		assert.match(html, /<th scope="row">北京<\/th><td class="num">1690<\/td>/);
	});

	test('draws a ditto run as one rowspan cell and skips the hidden cells under it', () => {
		const table = makeTable(['方向', '企业'], [['供应链', '甲'], ['', '乙']]);
		table.columns[1]!.numeric = false;
		table.rows[0]!.cells[0] = { ...cell('供应链'), rowspan: 2 };
		table.rows[1]!.cells[0] = { ...cell('供应链'), ditto: true, hidden: true };
		const html = renderTableHtml(table);
		assert.match(html, /<tr><th scope="row" rowspan="2">供应链<\/th><td>甲<\/td><\/tr><tr><td>乙<\/td><\/tr>/);
	});

	test('keeps — for a missing value and marks it', () => {
		const html = renderTableHtml(makeTable(['指标', '2012 年'], [['4G', '—'], ['3G', '1']]));
		assert.match(html, /<td class="num missing" title="原表缺数据">—<\/td>/);
	});

	test('draws group rows as full-width row headers and note rows across the table', () => {
		const table = makeTable(['指标', '2015 年'], [['宽带', '1']]);
		table.rows.unshift({ kind: 'group', sourceLine: 1, cells: [cell('一、网络基础'), cell('')] });
		table.rows.push({ kind: 'note', sourceLine: 9, cells: [cell('注：() 表示五年累计数。'), cell('')] });
		const html = renderTableHtml(table);
		assert.match(html, /<tr class="group"><th scope="rowgroup" colspan="2">一、网络基础<\/th><\/tr>/);
		assert.match(html, /<tr class="note"><td colspan="2">注：\(\) 表示五年累计数。<\/td><\/tr>/);
	});

	test('escapes markup in cells and sets footnote stars as superscripts', () => {
		const table = makeTable(['指标', '值'], [['<b>宽带</b> & "光纤"', '1']]);
		table.rows[0]!.cells[0]!.marker = '**';
		assert.match(renderTableHtml(table), /&lt;b&gt;宽带&lt;\/b&gt; &amp; &quot;光纤&quot;<sup class="marker">\*\*<\/sup>/);
	});
});

describe('renderTableFigure on the real book', () => {
	test('a two-row-header province table is valid HTML with caption, scroll box, sources and links', async () => {
		const table = realTable('2012—2016 年全国各地区网民规模和互联网普及率');
		const html = renderTableFigure(table);
		assert.match(html, new RegExp(`^<figure class="data-table" id="${table.id}"`));
		assert.match(html, /<figcaption class="data-table__caption"><span class="data-table__title">2012—2016 年全国各地区网民规模和互联网普及率<\/span><\/figcaption>/);
		assert.match(html, /<th scope="colgroup" colspan="2">2016 年<\/th>/);
		assert.equal((html.match(/<th scope="row">/g) ?? []).length, 31);
		assert.match(html, new RegExp(`href="/tables/${table.id}.csv" download="${table.id}.csv">下载 CSV`));
		await assertValid(html, table.id);
	});

	test('every table of the book renders to valid HTML', async () => {
		for (const table of parsedBook().tables) await assertValid(renderTableFigure(table), table.id);
	});
});
