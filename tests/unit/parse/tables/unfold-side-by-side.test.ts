import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sideBySideWidth, unfoldSideBySide } from '../../../../scripts/lib/parse/tables/unfold-side-by-side.ts';

describe('sideBySideWidth', () => {
	test('finds a header printed twice side by side', () => {
		assert.equal(sideBySideWidth(['排 名', '公司名称', '排 名', '公司名称']), 2);
		assert.equal(sideBySideWidth(['序号', '公司名称', '序 号', '公司名称']), 2);
	});
	test('ignores headers that merely repeat a label', () => {
		assert.equal(sideBySideWidth(['指 标', '2015 年', '2015 年']), 0);
		assert.equal(sideBySideWidth(['排名', '排名']), 0);
		assert.equal(sideBySideWidth(['2016 年排名', '国家和地区', '2015 年排名', '国家和地区']), 0);
	});
});

describe('unfoldSideBySide', () => {
	test('makes one list in rank order, keeping each row\'s source line', () => {
		const unfolded = unfoldSideBySide(['排 名', '公司名称', '排 名', '公司名称'], [
			{ line: 10, cells: ['1', '华为技术有限公司', '3', '海尔集团'] },
			{ line: 11, cells: ['2', '联想集团', '4', '中兴通讯股份有限公司'] },
			{ line: 20, cells: ['5', 'TCL 集团股份有限公司', '', ''] },
		]);
		assert.deepEqual(unfolded?.header, ['排 名', '公司名称']);
		assert.deepEqual(unfolded?.rows, [
			{ line: 10, cells: ['1', '华为技术有限公司'] },
			{ line: 11, cells: ['2', '联想集团'] },
			{ line: 10, cells: ['3', '海尔集团'] },
			{ line: 11, cells: ['4', '中兴通讯股份有限公司'] },
			{ line: 20, cells: ['5', 'TCL 集团股份有限公司'] },
		]);
	});
	test('returns undefined for an ordinary header', () => {
		assert.equal(unfoldSideBySide(['序号', '名称'], [{ line: 1, cells: ['1', 'a'] }]), undefined);
	});
});
