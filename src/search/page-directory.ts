import { compactCjk } from './literal.ts';

/** File name, inside pagefind/, of the page directory written at build time. */
export const PAGE_DIRECTORY_FILE = 'yearbook-pages.json';

/**
 * Pagefind result id → [url, title, part, fragment bytes] for every indexed page. The fragment's
 * size (as served, gzipped) lets the browser decide which excerpts are worth loading at once.
 */
export type PageDirectory = Record<string, [url: string, title: string, part: string, fragmentBytes?: number]>;

/** One directory entry from a Pagefind fragment's url, metadata (title de-segmented) and file size. */
export function directoryEntry(url: string, meta: Record<string, string | undefined>, fragmentBytes: number): [string, string, string, number] {
	return [url, compactCjk(meta['title'] ?? url).trim(), meta['part'] ?? '', fragmentBytes];
}
