import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { filterOptions, isLawList, issuerNames, yearOf } from '../../../src/utils/law-list.ts';
import { parsedBook } from '../../support/book.ts';

describe('isLawList', () => {
	test('finds exactly the two 法规目录 tables of the real book', () => {
		const lists = parsedBook().tables.filter(isLawList);
		assert.deepEqual(lists.map((table) => table.chapter).sort(), ['policy-10', 'policy-11']);
	});
	test('rejects a table without a 颁布时间 column', () => {
		const columns = [{ label: '颁布单位' }, { label: '名称' }] as Parameters<typeof isLawList>[0]['columns'];
		assert.equal(isLawList({ columns }), false);
	});
});

describe('issuerNames', () => {
	test('splits joint issuers and drops the closing 等', () => {
		assert.deepEqual(issuerNames('国家发展和改革委员会 工业和信息化部 国土资源部等'), ['国家发展和改革委员会', '工业和信息化部', '国土资源部']);
	});
	test('accepts 、 as a separator and ignores blanks', () => {
		assert.deepEqual(issuerNames(' 财政部、国家税务总局 '), ['财政部', '国家税务总局']);
		assert.deepEqual(issuerNames(''), []);
	});
});

describe('yearOf', () => {
	test('reads both printed date forms', () => {
		assert.equal(yearOf('2017-6-26'), '2017');
		assert.equal(yearOf('2016年12月15日'), '2016');
		assert.equal(yearOf('不详'), null);
	});
	test('finds a year in every record of the real 法规目录', () => {
		for (const table of parsedBook().tables.filter(isLawList)) {
			const dateColumn = table.columns.findIndex((column) => column.label === '颁布时间');
			const records = table.rows.filter((row) => row.kind === 'data');
			assert.ok(records.length > 50, `${table.id} has ${records.length} records`);
			const missing = records.filter((row) => yearOf(row.cells[dateColumn]?.text ?? '') === null);
			assert.deepEqual(missing.map((row) => row.sourceLine), [], table.id);
		}
	});
});

describe('filterOptions', () => {
	test('orders by frequency, then by Chinese collation, without repeats', () => {
		assert.deepEqual(filterOptions(['财政部', '国务院', '国务院', '财政部', '国务院', '工业和信息化部']), ['国务院', '财政部', '工业和信息化部']);
	});
});
