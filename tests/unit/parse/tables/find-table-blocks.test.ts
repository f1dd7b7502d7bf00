import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTableBlocks } from '../../../../scripts/lib/parse/tables/find-table-blocks.ts';
import { linesOf } from './lines.ts';

describe('findTableBlocks', () => {
	test('groups consecutive TAB lines into one block per table', () => {
		const lines = linesOf('标题\n\n甲⇥乙\n1⇥2\n\n正文。\n\n丙⇥丁\n3⇥4\n');
		const { drafts, diagnostics } = findTableBlocks(lines);
		assert.deepEqual(
			drafts.map((d) => d.blocks.map((b) => b.rows.map((r) => r.number))),
			[[[3, 4]], [[8, 9]]],
		);
		assert.deepEqual(diagnostics, []);
	});
	test('appends a block that follows 续表 to the table above', () => {
		const lines = linesOf('甲⇥乙\n1⇥2\n\n续表\n\n甲⇥乙\n3⇥4\n');
		const { drafts } = findTableBlocks(lines);
		assert.equal(drafts.length, 1);
		assert.deepEqual(drafts[0]?.blocks.map((b) => [b.rows[0]?.number, b.rows.at(-1)?.number]), [[1, 2], [6, 7]]);
		assert.deepEqual(drafts[0]?.continuationMarkers, [4]);
	});
	test('reports a 续表 with no table above and keeps its block as a table', () => {
		const lines = linesOf('续表\n\n甲⇥乙\n1⇥2\n');
		const { drafts, orphanMarkers, diagnostics } = findTableBlocks(lines);
		assert.equal(drafts.length, 1);
		assert.deepEqual(orphanMarkers, [1]);
		assert.deepEqual(diagnostics.map((d) => [d.code, d.line, d.severity]), [['TABLE_CONTINUATION_ORPHAN', 1, 'error']]);
	});
});
