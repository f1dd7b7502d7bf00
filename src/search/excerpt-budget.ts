/**
 * Which result excerpts load without being asked. An excerpt needs the page's whole Pagefind
 * fragment: 2–8 KB for most pages, 20–50 KB for the longest chapters (大事记, 规划 texts), which
 * are often the top results for a ministry. Loading three of those would double what a first
 * query costs, so the first results load theirs within a byte budget (the others among them wait
 * to be asked), later results when they scroll into view if small, and the rest when the reader
 * points at or focuses them.
 */

/** Gzipped fragment bytes the first screen may spend on excerpts. */
export const FIRST_SCREEN_BUDGET = 16 * 1024;
/** A page this small (gzipped fragment) loads its excerpt as soon as it is visible. */
export const SMALL_FRAGMENT = 8 * 1024;

export type ExcerptLoad = 'now' | 'visible' | 'asked';

/**
 * How each listed result's excerpt is loaded.
 * @param sizes gzipped fragment bytes per result, in display order (0: unknown, treated as small)
 * @param eagerCount how many of the first results may load at once
 * @param budget bytes those may spend together
 * @param firstAlways the reader submitted the query (focus goes to the first result): the first
 *   loads at once whatever its size, and its bytes count against the budget
 */
export function excerptLoads(sizes: readonly number[], eagerCount: number, budget = FIRST_SCREEN_BUDGET, firstAlways = false): ExcerptLoad[] {
	let left = budget;
	return sizes.map((size, i) => {
		const bytes = size > 0 ? size : SMALL_FRAGMENT;
		if ((i < eagerCount && bytes <= left) || (i === 0 && firstAlways)) {
			left -= bytes;
			return 'now';
		}
		// The first results are on screen already: over the budget, they wait to be asked.
		if (i < eagerCount) return 'asked';
		return bytes <= SMALL_FRAGMENT ? 'visible' : 'asked';
	});
}
