/**
 * Rewrite a written Pagefind index with smaller word-index chunks (see src/search/rechunk.ts for
 * why). Reads every pagefind/index/*.pf_index in meta order, re-cuts the word list, writes the new
 * chunks under content hashes, writes a new meta file (new name, so no browser keeps the old one)
 * and points pagefind-entry.json at it. Fragments, filters and the wasm are left as they are.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { cborArrayItems, decodeCbor, encodeCbor, encodeCborArray } from '../search/cbor.ts';
import { chunkRanges, packChunks } from '../search/rechunk.ts';

/** Every Pagefind data file starts with this marker once decompressed (pagefind.js checks it). */
const SIGNATURE = 'pagefind_dcd';
/** Index of index_chunks in the meta record: [version, pages, index_chunks, filters, sorts, meta fields]. */
const META_CHUNKS = 2;

const gzipAsync = promisify(gzip);

interface Entry {
	version: string;
	languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

export interface RechunkReport {
	before: number;
	after: number;
}

/**
 * Re-cut the word index of every language in `pagefindDir` into chunks of about `targetBytes`
 * (CBOR bytes before compression).
 */
export async function rechunkIndex(pagefindDir: string, targetBytes: number): Promise<RechunkReport> {
	const entryPath = join(pagefindDir, 'pagefind-entry.json');
	const entry = JSON.parse(await readFile(entryPath, 'utf8')) as Entry;
	const report = { before: 0, after: 0 };
	for (const language of Object.values(entry.languages)) {
		const metaPath = join(pagefindDir, `pagefind.${language.hash}.pf_meta`);
		const meta = decodeCbor(pagefindCbor(await readFile(metaPath)));
		if (!Array.isArray(meta) || !Array.isArray(meta[META_CHUNKS])) throw new Error(`Unexpected Pagefind meta layout in ${metaPath}`);
		const oldChunks = meta[META_CHUNKS] as string[][];
		const prefix = language.hash.slice(0, language.hash.lastIndexOf('_') + 1);
		// Words move between chunks as encoded bytes; only their names are decoded.
		const words: Uint8Array[] = [];
		for (const [, , hash] of oldChunks) {
			const chunk = cborArrayItems(pagefindCbor(await readFile(chunkPath(pagefindDir, hash!))));
			if (chunk.length !== 1) throw new Error(`Unexpected Pagefind chunk layout in ${hash}`);
			words.push(...cborArrayItems(chunk[0]!));
		}
		const names = words.map((word) => String(decodeCbor(cborArrayItems(word)[0]!)));
		const groups = packChunks(names, words.map((word) => word.length), targetBytes);
		const ranges = chunkRanges(groups.map((group) => [names[group[0]!]!, names[group.at(-1)!]!]));
		// A chunk file holds [[word, …]]. Compressed on zlib's thread pool.
		const bodies = await Promise.all(groups.map((group) => pagefindBytes(encodeCborArray([encodeCborArray(group.map((w) => words[w]!))]))));
		const newChunks: string[][] = [];
		for (const [i, body] of bodies.entries()) newChunks.push([ranges[i]!.from, ranges[i]!.to, uniqueHash(prefix, body, newChunks)]);
		await Promise.all(newChunks.map(([, , hash], i) => writeFile(chunkPath(pagefindDir, hash!), bodies[i]!)));
		const keep = new Set(newChunks.map(([, , hash]) => hash));
		for (const [, , hash] of oldChunks) if (!keep.has(hash!)) await rm(chunkPath(pagefindDir, hash!));
		meta[META_CHUNKS] = newChunks;
		const metaBody = await pagefindBytes(encodeCbor(meta));
		const metaHash = `${prefix}${sha(metaBody).slice(0, 13)}`;
		await rm(metaPath);
		await writeFile(join(pagefindDir, `pagefind.${metaHash}.pf_meta`), metaBody);
		language.hash = metaHash;
		report.before += oldChunks.length;
		report.after += newChunks.length;
	}
	await writeFile(entryPath, JSON.stringify(entry));
	const left = (await readdir(join(pagefindDir, 'index'))).length;
	if (left !== report.after) throw new Error(`Re-chunking left ${left} index files for ${report.after} chunks`);
	return report;
}

function chunkPath(pagefindDir: string, hash: string): string {
	return join(pagefindDir, 'index', `${hash}.pf_index`);
}

/** The CBOR bytes of a Pagefind data file. */
function pagefindCbor(gzipped: Uint8Array): Uint8Array {
	const bytes = gunzipSync(gzipped);
	if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('Not a Pagefind data file');
	return bytes.subarray(SIGNATURE.length);
}

/** A Pagefind data file: the signature and the CBOR bytes, gzipped. */
function pagefindBytes(cbor: Uint8Array): Promise<Buffer> {
	return gzipAsync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), cbor]), { level: 9 });
}

function sha(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** A content hash name, lengthened on the (unlikely) collision with an earlier chunk. */
function uniqueHash(prefix: string, body: Uint8Array, taken: readonly string[][]): string {
	const full = sha(body);
	let length = 7;
	while (taken.some(([, , hash]) => hash === `${prefix}${full.slice(0, length)}`)) length++;
	return `${prefix}${full.slice(0, length)}`;
}
