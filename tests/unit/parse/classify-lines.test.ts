import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLines, readSourceLines } from '../../../scripts/lib/parse/classify-lines.ts';

describe('readSourceLines', () => {
	test('keeps a last line that has no newline', () => {
		assert.deepEqual(readSourceLines('a\nb').map((l) => l.raw), ['a', 'b']);
	});
	test('does not invent a line after a final newline', () => {
		assert.equal(readSourceLines('a\nb\n').length, 2);
	});
	test('numbers lines from 1', () => {
		assert.deepEqual(readSourceLines('\n\nx').map((l) => l.number), [1, 2, 3]);
	});
});

describe('classifyLines', () => {
	const kinds = (text: string) => classifyLines(readSourceLines(text)).map((l) => l.kind);
	test('treats a line of spaces as blank', () => {
		assert.deepEqual(kinds(' \n'), ['blank']);
	});
	test('reads a line with a TAB as a table row with trimmed cells', () => {
		const [row] = classifyLines(readSourceLines('北 京\t 1458 \t—'));
		assert.equal(row?.kind, 'table-row');
		assert.deepEqual(row?.cells, ['北 京', '1458', '—']);
	});
	test('recognises the 续表 marker', () => {
		assert.deepEqual(kinds('续表\n续表说明'), ['continued-table', 'text']);
	});
});
