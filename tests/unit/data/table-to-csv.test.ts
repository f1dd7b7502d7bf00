import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BOM, csvField, tableToCsv } from '../../../src/utils/table-to-csv.ts';
import { parsedBook } from '../../support/book.ts';
import { cell, makeTable } from '../charts/fixture-table.ts';
import { parseCsv } from './parse-csv.ts';

describe('csvField', () => {
	test('quotes commas, quotes, line breaks and edge spaces, and nothing else', () => {
		assert.equal(csvField('北京'), '北京');
		assert.equal(csvField('1,2'), '"1,2"');
		assert.equal(csvField('说"好"'), '"说""好"""');
		assert.equal(csvField('a\nb'), '"a\nb"');
		assert.equal(csvField(' x'), '" x"');
	});
});

describe('tableToCsv', () => {
	test('starts with a BOM and ends rows with CRLF', () => {
		const csv = tableToCsv(makeTable(['指标', '2016 年'], [['宽带', '1']]));
		assert.ok(csv.startsWith(BOM));
		assert.equal(csv, `${BOM}指标,2016 年\r\n宽带,1\r\n`);
	});

	test('writes one header row of column paths joined with " / "', () => {
		const table = makeTable(['地区', '网民数 (万人)'], [['北京', '1690']]);
		table.columns[1]!.path = ['2016 年', '网民数 (万人)'];
		assert.equal(parseCsv(tableToCsv(table).slice(1))[0]?.[1], '2016 年 / 网民数 (万人)');
	});

	test('writes plain numbers as numbers, keeps "—" and the text of qualified values', () => {
		const table = makeTable(['指标', '值'], [['下降', '↓3.11'], ['缺', '—'], ['整', '109395.0'], ['超过', '>79']]);
		table.rows[3]!.cells[1] = { text: '>79', printed: '>79', value: 79, qualifier: 'greater' };
		const rows = parseCsv(tableToCsv(table).slice(1));
		assert.deepEqual(rows.slice(1).map((row) => row[1]), ['-3.11', '—', '109395', '>79']);
	});

	test('puts a group or note label in the first column', () => {
		const table = makeTable(['指标', '值'], [['宽带', '1']]);
		table.rows.unshift({ kind: 'group', sourceLine: 1, cells: [cell('一、网络'), cell('')] });
		assert.deepEqual(parseCsv(tableToCsv(table).slice(1))[1], ['一、网络', '']);
	});

	test('keeps footnote stars with the label', () => {
		const table = makeTable(['指标', '值'], [['宽带接入用户数', '1']]);
		table.rows[0]!.cells[0]!.marker = '*';
		assert.equal(parseCsv(tableToCsv(table).slice(1))[1]?.[0], '宽带接入用户数*');
	});

	test('every table of the real book reads back to the same shape and the same numbers', () => {
		let numbers = 0;
		for (const table of parsedBook().tables) {
			const rows = parseCsv(tableToCsv(table).slice(BOM.length));
			assert.equal(rows.length, table.rows.length + 1, table.id);
			table.rows.forEach((row, r) => {
				assert.equal(rows[r + 1]?.length, table.columns.length, `${table.id} row ${r}`);
				if (row.kind !== 'data') return;
				row.cells.forEach((source, c) => {
					if (!table.columns[c]?.numeric || source.value === null || source.qualifier) return;
					assert.equal(Number(rows[r + 1]?.[c]), source.value, `${table.id} row ${r} column ${c}`);
					numbers++;
				});
			});
		}
		assert.ok(numbers > 10000, `only ${numbers} numbers checked`);
	});
});
