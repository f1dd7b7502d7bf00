/** `原书第 135 页`, or null when the 目录 gives no page. */
export function printedPageLabel(page: number | null): string | null {
	return page === null ? null : `原书第 ${page} 页`;
}

/** The `[...slug]` route parameter for a page path: `/regions/05/` → `regions/05`. */
export function slugOfPath(path: string): string {
	return path.replace(/^\/+|\/+$/g, '');
}
