/**
 * Load Pagefind's browser API once, on first use. It lives in dist/pagefind/ (written after the
 * Astro build), so it is fetched at run time rather than bundled.
 */
import type { PagefindApi } from '../search/engine.ts';
import { PAGE_DIRECTORY_FILE, type PageDirectory } from '../search/page-directory.ts';

export interface PagefindModule extends PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

export interface LoadedSearch {
	pagefind: PagefindModule;
	/** Result id → url, title, part (written by src/integrations/pagefind.ts). */
	directory: PageDirectory;
}

let loading: Promise<LoadedSearch> | undefined;

/** The Pagefind API, initialised, and the page directory; the same promise for every caller. */
export function loadPagefind(base = '/'): Promise<LoadedSearch> {
	loading ??= (async () => {
		const url = `${base}pagefind/pagefind.js`;
		const [pagefind, directory] = await Promise.all([
			import(/* @vite-ignore */ url) as Promise<PagefindModule>,
			fetch(`${base}pagefind/${PAGE_DIRECTORY_FILE}`).then((r) => (r.ok ? (r.json() as Promise<PageDirectory>) : {})),
		]);
		await pagefind.options({ excerptLength: 40 });
		await pagefind.init();
		return { pagefind, directory };
	})();
	return loading;
}
