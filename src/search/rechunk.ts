/**
 * Smaller index chunks for Pagefind. Pagefind 1.6 cuts its word index into chunks of ~20 000
 * word positions (hard-coded, ~30 KB gzipped each) and a query fetches the chunk of every word
 * it contains. Chinese queries are several short words (工业 和 信息 化 部), so a first query fetched
 * 5–8 such chunks (150–250 KB) mostly for words it never uses. Re-cutting the same sorted word
 * list into small chunks makes a query fetch little more than the posting lists of its own words.
 * Pure logic here; src/integrations/pagefind-rechunk.ts reads and writes the files.
 */

/** One chunk as listed in Pagefind's meta file: it holds the words sorting between from and to. */
export interface ChunkRange {
	from: string;
	to: string;
}

/** How far past the target a chunk may grow to keep a family of words together. */
const SPREAD = 4;

/**
 * Group consecutive words into chunks of about `target` bytes. Pagefind matches a query word
 * against the one chunk it sorts into, prefix extensions included (部 also finds 部门), so a
 * chunk is closed between two words that start with different characters; a family of words
 * sharing a first character stays together up to `SPREAD × target` (measured: cut anywhere, the
 * lost extensions reordered 6 of the 52 set queries; kept together, 1 swapped two neighbours).
 * A word bigger than `target` gets a chunk of its own: a posting list cannot be split.
 * @param words the index's words in its sort order
 * @param sizes encoded bytes of each word's entry
 * @returns for each chunk, the indices of its words, in order
 */
export function packChunks(words: readonly string[], sizes: readonly number[], target: number): number[][] {
	const chunks: number[][] = [];
	let current: number[] = [];
	let bytes = 0;
	sizes.forEach((size, i) => {
		const previous = words[i - 1];
		const full = bytes + size > target;
		const related = previous !== undefined && commonPrefixLength(previous, words[i]!) > 0;
		if (current.length > 0 && full && (!related || bytes + size > SPREAD * target)) {
			chunks.push(current);
			current = [];
			bytes = 0;
		}
		current.push(i);
		bytes += size;
	});
	if (current.length > 0) chunks.push(current);
	return chunks;
}

/**
 * The from/to bounds Pagefind's browser code uses to pick the chunk for a query word: the first
 * chunk with from ≤ word ≤ to (byte order, which for UTF-8 is code point order). `to` is the
 * chunk's last word, whole: Pagefind's own indexer cuts it to a short prefix, which leaves that
 * last word outside its own chunk's range. `from` is the shortest prefix of the first word that
 * still sorts after the previous chunk's last word, so words between two chunks, and their
 * extensions, land in the later one.
 * @param edges first and last word of each chunk, in index order
 */
export function chunkRanges(edges: ReadonlyArray<readonly [string, string]>): ChunkRange[] {
	return edges.map(([first, last], i) => {
		const previous = edges[i - 1]?.[1];
		const from = previous === undefined ? first : Array.from(first).slice(0, commonPrefixLength(previous, first) + 1).join('');
		return { from, to: last };
	});
}

/** Number of leading code points two strings share. */
export function commonPrefixLength(a: string, b: string): number {
	const left = Array.from(a);
	const right = Array.from(b);
	let common = 0;
	while (common < left.length && common < right.length && left[common] === right[common]) common++;
	return common;
}
