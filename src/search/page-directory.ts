import { compactCjk } from './literal.ts';

/** File name, inside pagefind/, of the page directory written at build time. */
export const PAGE_DIRECTORY_FILE = 'yearbook-pages.json';

/** Pagefind result id → [url, title, part] for every indexed page. */
export type PageDirectory = Record<string, [url: string, title: string, part: string]>;

/** One directory entry from a Pagefind fragment's url and metadata (title de-segmented). */
export function directoryEntry(url: string, meta: Record<string, string | undefined>): [string, string, string] {
	return [url, compactCjk(meta['title'] ?? url).trim(), meta['part'] ?? ''];
}
