import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Row } from '../../../../src/schemas/table.ts';
import { describeColumns } from '../../../../scripts/lib/parse/tables/describe-columns.ts';
import { fillDitto } from '../../../../scripts/lib/parse/tables/fill-ditto.ts';
import { classifyRow, resolveCell } from '../../../../scripts/lib/parse/tables/resolve-cells.ts';

function tableOf(paths: string[][], printed: string[][]) {
	const rows: Row[] = printed.map((cells, i) => ({ kind: classifyRow(cells), cells: cells.map((p, j) => resolveCell(p, j === 0)), sourceLine: i + 1 }));
	const columns = describeColumns(paths, rows.filter((r) => r.kind === 'data').map((r) => r.cells), null);
	return { rows, columns };
}

describe('fillDitto', () => {
	test('fills empty text cells from above and restores the merged cell for display', () => {
		const { rows, columns } = tableOf(
			[['序号'], ['示范方向'], ['示范企业名称']],
			[
				['1', '产品全生命周期创新与服务', '海尔集团公司'],
				['2', '', '徐州工程机械集团有限公司'],
				['3', '', '江西洪都航空工业集团有限责任公司'],
				['4', '供应链管控与服务', '波司登羽绒服有限公司'],
			],
		);
		assert.equal(fillDitto(columns, rows), 2);
		assert.deepEqual(rows.map((r) => r.cells[1]), [
			{ text: '产品全生命周期创新与服务', value: null, printed: '产品全生命周期创新与服务', rowspan: 3 },
			{ text: '产品全生命周期创新与服务', value: null, printed: '', ditto: true, hidden: true },
			{ text: '产品全生命周期创新与服务', value: null, printed: '', ditto: true, hidden: true },
			{ text: '供应链管控与服务', value: null, printed: '供应链管控与服务' },
		]);
	});
	test('leaves an empty cell in a numeric column missing', () => {
		const { rows, columns } = tableOf(
			[['项目'], ['2011年'], ['2012年']],
			[
				['信息消费规模 (万亿)', '1.3', '1.7'],
				['信息消费增长率', '', '29%'],
			],
		);
		assert.equal(fillDitto(columns, rows), 0);
		assert.deepEqual(rows[1]?.cells[1], { text: '', value: null, printed: '' });
	});
	test('does not carry a value across a group row', () => {
		const { rows, columns } = tableOf(
			[['指标'], ['说明'], ['值']],
			[
				['甲', '文字', '1'],
				['分组', '', ''],
				['乙', '', '2'],
			],
		);
		assert.equal(fillDitto(columns, rows), 0);
		assert.equal(rows[2]?.cells[1]?.text, '');
	});
});
