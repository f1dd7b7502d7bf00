import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CborMap, cborArrayItems, decodeCbor, encodeCbor, encodeCborArray } from '../../../src/search/cbor.ts';

test('encodes integers in the shortest form (RFC 8949 appendix A vectors)', () => {
	const hex = (v: number | string): string => Buffer.from(encodeCbor(v)).toString('hex');
	assert.equal(hex(0), '00');
	assert.equal(hex(23), '17');
	assert.equal(hex(24), '1818');
	assert.equal(hex(1000), '1903e8');
	assert.equal(hex(1000000), '1a000f4240');
	assert.equal(hex(-1), '20');
	assert.equal(hex(-1000), '3903e7');
	assert.equal(hex('a'), '6161');
	assert.equal(hex('水'), '63e6b0b4');
});

test('round-trips the structures Pagefind writes, byte for byte', () => {
	const word = ['信息', [[2, [-25, 2027], []], [50, [-25, 559, 70000], []]], []];
	const bytes = encodeCbor(word);
	assert.deepEqual(decodeCbor(bytes), word);
	assert.deepEqual(encodeCbor(decodeCbor(bytes)), bytes);
	const map = decodeCbor(encodeCbor(new CborMap([['k', true], [1, null]])));
	assert.ok(map instanceof CborMap);
	assert.deepEqual(map.entries, [['k', true], [1, null]]);
});

test('splits an array into its encoded items and joins them back, without decoding', () => {
	const words = [['信息', [[2, [-25, 2027], []]], []], ['化', [], [new CborMap([['k', 'v']])]], 'x'.repeat(300), Uint8Array.from([1, 2]), false];
	const bytes = encodeCbor(words);
	const items = cborArrayItems(bytes);
	assert.equal(items.length, words.length);
	assert.deepEqual(items.map((item) => decodeCbor(item)), words);
	assert.deepEqual(encodeCborArray(items), bytes);
	// 30 items need a two-byte array head, as encodeCbor writes it.
	const many = Array.from({ length: 30 }, (_, i) => i * 1000);
	assert.deepEqual(encodeCborArray(many.map((n) => encodeCbor(n))), encodeCbor(many));
	assert.throws(() => cborArrayItems(encodeCbor('not an array')), /expected an array/);
	assert.throws(() => cborArrayItems(Uint8Array.from([0x81, 0x00, 0x00])), /trailing/);
});

test('rejects what it does not understand instead of guessing', () => {
	assert.throws(() => decodeCbor(Uint8Array.from([0xfb, 0, 0, 0, 0, 0, 0, 0, 0])), /unsupported/);
	assert.throws(() => decodeCbor(Uint8Array.from([0x00, 0x00])), /trailing/);
	assert.throws(() => encodeCbor(1.5), /not an integer/);
});
