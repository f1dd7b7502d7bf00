import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accountForLines } from '../../../scripts/lib/parse/fidelity.ts';
import { lines } from '../../support/source-lines.ts';

describe('accountForLines', () => {
	const source = lines('标题\n\n正文第一句，\n\n第二句。\n续表');
	const dispositions = new Map<number, [string, string | null]>([
		[1, ['chapter-title', 'c1']],
		[3, ['paragraph', 'c1']],
		[5, ['paragraph', 'c1']],
		[6, ['dropped:continued-table-marker', null]],
	]);
	test('accounts for every line: blank lines are dropped as blank, the rest as disposed', () => {
		const { fidelity, diagnostics } = accountForLines(source, dispositions, new Map([['c1', '标题\n正文第一句，第二句。']]), 1);
		assert.deepEqual(diagnostics, []);
		assert.equal(fidelity.accounted, 6);
		assert.deepEqual(fidelity.byDisposition, { 'chapter-title': 1, 'dropped:blank': 2, paragraph: 2, 'dropped:continued-table-marker': 1 });
	});
	test('reports a line that no pass claimed', () => {
		const partial = new Map(dispositions);
		partial.delete(5);
		const { fidelity, diagnostics } = accountForLines(source, partial, new Map([['c1', '标题正文第一句，']]), 0);
		assert.deepEqual(fidelity.unaccounted, [5]);
		assert.deepEqual(diagnostics.map((d) => [d.code, d.line]), [['LINE_UNACCOUNTED', 5]]);
	});
	test('reports characters of a kept line that are missing from its output', () => {
		const { fidelity, diagnostics } = accountForLines(source, dispositions, new Map([['c1', '标题\n正文第一句，第二']]), 1);
		assert.deepEqual(diagnostics.map((d) => [d.code, d.line]), [['CHARACTERS_LOST', 5]]);
		assert.equal(fidelity.characters.dropped, 4);
	});
});
