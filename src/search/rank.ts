import { containsAllTerms } from './literal.ts';

/** What ranking needs to know about one Pagefind result. */
export interface RankableHit {
	title: string;
	/** Position in Pagefind's own order (0 = best). */
	order: number;
	/** Found by an exact-phrase search (the words are adjacent in the page). */
	phrase: boolean;
	/** A navigation page (part landing page, cover): it lists titles rather than telling anything. */
	navigation?: boolean;
}

/**
 * Order literal hits for reading: pages whose title names the query (or that are the query's own
 * chapter, e.g. 教育信息化发展概况 for 教育部) first, then reading pages before navigation pages,
 * then exact-phrase hits, each group in Pagefind's order.
 * Pagefind's BM25 order already weighs frequency against page length; we only lift what a reader
 * would call "the page about it".
 */
export function rankHits<T extends RankableHit>(
	hits: readonly T[],
	terms: readonly (readonly string[])[],
	ownTitles: readonly string[] = [],
): T[] {
	const key = (hit: T): number[] => [
		containsAllTerms(hit.title, terms) || ownTitles.includes(hit.title) ? 0 : 1,
		hit.navigation ? 1 : 0,
		hit.phrase ? 0 : 1,
		hit.order,
	];
	return [...hits].sort((a, b) => compareTuples(key(a), key(b)));
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
	for (let i = 0; i < a.length; i++) {
		const d = (a[i] ?? 0) - (b[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}
