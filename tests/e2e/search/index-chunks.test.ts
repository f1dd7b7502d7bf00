/**
 * The re-cut word index of the built site (src/integrations/pagefind-rechunk.ts): every word must
 * still be found by Pagefind's chunk lookup, and chunks must be small.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { before, test } from 'node:test';
import { decodeCbor, encodeCbor, type CborValue } from '../../../src/search/cbor.ts';
import { ensureSiteBuilt } from '../support/build-site.ts';
import { DIST } from '../support/paths.ts';

const PAGEFIND = join(DIST, 'pagefind');
const read = (path: string): CborValue => decodeCbor(gunzipSync(readFileSync(path)).subarray('pagefind_dcd'.length));
/** Pagefind (Rust) compares strings by UTF-8 bytes. */
const compare = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

let chunks: Array<{ from: string; to: string; hash: string; words: Array<{ word: string; bytes: number }> }>;
before(async () => {
	await ensureSiteBuilt();
	const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
	const meta = read(join(PAGEFIND, `pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`)) as CborValue[];
	chunks = (meta[2] as string[][]).map(([from, to, hash]) => {
		const [words] = read(join(PAGEFIND, 'index', `${hash}.pf_index`)) as CborValue[][][];
		return { from: from!, to: to!, hash: hash!, words: words!.map((w) => ({ word: String(w[0]), bytes: encodeCbor(w).length })) };
	});
});

test('Pagefind\'s chunk lookup (first chunk with from ≤ word ≤ to) finds every indexed word in its own chunk', () => {
	const words = chunks.flatMap((chunk, i) => chunk.words.map(({ word }) => ({ word, i })));
	assert.ok(words.length > 10_000, `${words.length} words`);
	const misses = words.filter(({ word, i }) => chunks.findIndex((c) => compare(c.from, word) <= 0 && compare(word, c.to) <= 0) !== i);
	assert.deepEqual(misses.slice(0, 5), []);
	for (const name of ['工业', '信息', '广东', '网络', '安全']) assert.ok(words.some((w) => w.word === name), name);
});

test('the index is cut into many small chunks, and every chunk file on disk is listed', () => {
	assert.ok(chunks.length > 200, `${chunks.length} chunks`);
	assert.deepEqual(readdirSync(join(PAGEFIND, 'index')).sort(), chunks.map((c) => `${c.hash}.pf_index`).sort());
	const sizes = chunks.map((c) => statSync(join(PAGEFIND, 'index', `${c.hash}.pf_index`)).size).sort((a, b) => a - b);
	const median = sizes[sizes.length >> 1]!;
	assert.ok(median < 6 * 1024, `median chunk ${median} B`);
	// Only a chunk of one very common word (的, 信息 …) may exceed Pagefind's old ~30 KB.
	for (const chunk of chunks) {
		const size = statSync(join(PAGEFIND, 'index', `${chunk.hash}.pf_index`)).size;
		if (size > 30 * 1024) assert.equal(chunk.words.length, 1, `${chunk.hash}: ${size} B, ${chunk.words.length} words`);
	}
});

test('the page directory knows each page\'s fragment size, for the excerpt budget', () => {
	const directory = JSON.parse(readFileSync(join(PAGEFIND, 'yearbook-pages.json'), 'utf8')) as Record<string, [string, string, string, number]>;
	for (const [id, [, , , bytes]] of Object.entries(directory)) {
		assert.equal(bytes, statSync(join(PAGEFIND, 'fragment', `${id}.pf_fragment`)).size, id);
	}
});
