import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { repairText, restoreReadingOrder } from '../../../scripts/lib/parse/repair.ts';
import { lines } from '../../support/source-lines.ts';

describe('repairText', () => {
	test('turns ` and ` between Chinese words into 和 and records it', () => {
		const { lines: out, repairs } = repairText(lines('信息化专家的经验 and 成果'), []);
		assert.equal(out[0]?.text, '信息化专家的经验和成果');
		assert.deepEqual(repairs.map((r) => r.lines), [[1]]);
	});
	test('keeps English and between Latin words', () => {
		assert.equal(repairText(lines('Science and Technology 中国'), []).lines[0]?.text, 'Science and Technology 中国');
	});
	test('applies a listed single-line repair and reports one that no longer matches', () => {
		const fix = { line: 1, find: ' ze 点', replace: '重点', reason: 'r' };
		assert.equal(repairText(lines('专项资金 ze 点工作'), [fix]).lines[0]?.text, '专项资金重点工作');
		assert.equal(repairText(lines('别的内容'), [fix]).diagnostics[0]?.code, 'ERRATUM_NOT_FOUND');
	});
});

describe('restoreReadingOrder', () => {
	test('moves a displaced continuation back after its first half', () => {
		const source = lines('完善互联网企业资本\n\n（二）深化电子政务\n\n准入制度。\n\n后文');
		const { lines: out } = restoreReadingOrder(source, [{ lines: [1, 5, 3], reason: 'r' }]);
		assert.deepEqual(out.filter((l) => l.kind === 'text').map((l) => l.number), [1, 5, 3, 7]);
		assert.equal(out.length, source.length);
	});
	test('reports a repair whose lines are blank', () => {
		assert.equal(restoreReadingOrder(lines('a\n\nb'), [{ lines: [2, 1], reason: 'r' }]).diagnostics[0]?.code, 'ERRATUM_NOT_FOUND');
	});
});
