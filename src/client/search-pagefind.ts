/**
 * Load Pagefind's browser API once, on first use. It lives in dist/pagefind/ (written after the
 * Astro build), so it is fetched at run time rather than bundled.
 */
import type { Filters, PagefindApi } from '../search/engine.ts';

export interface PagefindModule extends PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(term: string, options?: { filters?: Filters }): Promise<void>;
}

let loading: Promise<PagefindModule> | undefined;

/** The Pagefind API, initialised; the same promise for every caller. */
export function loadPagefind(base = '/'): Promise<PagefindModule> {
	loading ??= (async () => {
		const url = `${base}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
		await pagefind.options({ excerptLength: 40 });
		await pagefind.init();
		return pagefind;
	})();
	return loading;
}
