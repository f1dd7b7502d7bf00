/** Small hand-made tables for the chart and data tests, shaped like the parser's output. */
import type { Cell, Table } from '../../../src/schemas/table.ts';

/** A cell as the parser writes it: '—' is missing, numbers get a value, anything else is text. */
export function cell(text: string): Cell {
	if (text === '—') return { text, value: null, printed: text, qualifier: 'missing' };
	const number = Number(text.replace(/^↑/, '').replace(/^↓/, '-'));
	return { text, printed: text, value: text !== '' && Number.isFinite(number) ? number : null };
}

/**
 * A one-header-row table.
 * @param header column labels, the first one names the rows
 * @param rows cell texts, row by row
 * @param extra fields to override (title, unit, columns …)
 */
export function makeTable(header: string[], rows: string[][], extra: Partial<Table> = {}): Table {
	return {
		id: 't900',
		number: null,
		title: '测试表',
		chapter: 'statistics-99',
		part: 'statistics',
		unit: null,
		kind: 'data',
		columns: header.map((label, index) => ({
			key: `c${index}`,
			label,
			path: [label],
			unit: null,
			numeric: index > 0 && rows.some((row) => cell(row[index] ?? '').value !== null),
		})),
		header: [header.map((text) => ({ text, colspan: 1, rowspan: 1 }))],
		rows: rows.map((row, index) => ({ kind: 'data' as const, sourceLine: 100 + index, cells: row.map(cell) })),
		notes: [],
		sources: ['数据来源：测试'],
		sourceLines: [99, 100 + rows.length],
		blocks: [[99, 100 + rows.length]],
		page: 568,
		...extra,
	};
}

/** 2012—2016 年全国互联网用户发展情况, abridged: indicators × years with a 单位 column and gaps. */
export const INTERNET_USERS = makeTable(
	['指标', '单位', '2012 年', '2013 年', '2014 年', '2015 年', '2016 年'],
	[
		['互联网普及率', '%', '42.1', '45.8', '47.9', '50.3', '53.2'],
		['互联网上网人数', '万人', '56400', '61758', '64875', '68826', '73125'],
		['手机上网人数', '万人', '41997', '50006', '55678', '61981', '69531'],
		['移动互联网用户数', '万户', '—', '—', '87522.1', '96447.2', '109395.0'],
	],
	{ title: '2012—2016 年全国互联网用户发展情况' },
);

/** A country table: 世界 first, a missing latest value, China in the middle. */
export const COUNTRIES = makeTable(
	['国家和地区', '2014 年', '2015 年'],
	[
		['世界', '11.0', '12.7'],
		['阿根廷', '8.5', '9.4'],
		['中国', '25.1', '26.6'],
		['菲律宾', '40.2', '42.9'],
		['马耳他', '20.1', '—'],
		['美国', '9.0', '9.4'],
		['越南', '28.0', '29.4'],
	],
	{ title: '2011—2015 年世界主要国家和地区高技术产品出口比重', unit: '%' },
);
