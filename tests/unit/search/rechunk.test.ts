import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkRanges, commonPrefixLength, packChunks } from '../../../src/search/rechunk.ts';

test('packs words into chunks of about the target size, a big word alone', () => {
	const words = ['a', 'b', 'c', 'd', 'e'];
	assert.deepEqual(packChunks(words, [4, 4, 4, 20, 4], 10), [[0, 1], [2], [3], [4]]);
});

test('keeps words with the same first character together (Pagefind matches prefixes in one chunk)', () => {
	const words = ['部', '部门', '部署', '采购'];
	assert.deepEqual(packChunks(words, [6, 6, 6, 6], 10), [[0, 1, 2], [3]]);
	// …but not beyond four times the target.
	assert.deepEqual(packChunks(['a', 'ab', 'ac', 'ad', 'ae'], [10, 10, 10, 10, 10], 10), [[0, 1, 2, 3], [4]]);
});

test('chunk ranges: whole last word as "to", shortest distinguishing prefix as "from"', () => {
	// Code point order: 信 (U+4FE1) < 安 (U+5B89) < 部 (U+90E8) < 采 (U+91C7).
	const ranges = chunkRanges([
		['0', '信息'],
		['信用', '安全'],
		['安培', '部门'],
		['采购', '采集'],
	]);
	assert.deepEqual(ranges, [
		{ from: '0', to: '信息' },
		{ from: '信用', to: '安全' },
		{ from: '安培', to: '部门' },
		{ from: '采', to: '采集' },
	]);
	// Pagefind takes the first chunk with from ≤ word ≤ to: every word lands in its own chunk,
	// and a word between two chunks (采) in the later one, with its extensions.
	const pick = (word: string): number => ranges.findIndex((r) => r.from <= word && word <= r.to);
	assert.deepEqual(['信息', '信用', '安全', '安培', '部门', '采', '采购'].map(pick), [0, 1, 1, 2, 2, 3, 3]);
});

test('common prefix counts code points, not UTF-16 units', () => {
	assert.equal(commonPrefixLength('𠀀a', '𠀀b'), 1);
	assert.equal(commonPrefixLength('信息', '信息化'), 2);
	assert.equal(commonPrefixLength('', 'a'), 0);
});
