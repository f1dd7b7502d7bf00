/**
 * The built site as files: which pages exist, which URL each has, and where a link lands.
 * Pure path logic is separated from the file system so it can be unit-tested.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../../scripts/bench/files.ts';
import { DIST } from './paths.ts';

export { listFiles };

/** Folders of generated assets that hold no pages of ours. */
const SKIPPED_FOLDERS = new Set(['pagefind', '_astro']);

/** Hosts that are this site when a link is absolute (astro.config `site` is localhost:4321). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Every built HTML page of dist/ (Pagefind's and Astro's asset folders left out), relative paths. */
export function listPages(root: string = DIST): string[] {
	return listFiles(root, SKIPPED_FOLDERS).filter((file) => file.endsWith('.html'));
}

/**
 * The URL path a built file is served at: `regions/05/index.html` → `/regions/05/`.
 * @param file path relative to dist/
 */
export function urlOfFile(file: string): string {
	return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Where a reference points, seen from the site. */
export type Target =
	| { kind: 'internal'; path: string; fragment: string | null }
	| { kind: 'external'; url: string }
	| { kind: 'malformed' }
	| { kind: 'ignored' };

/**
 * Resolves an href/src written in a page into a site path and fragment, or marks it external
 * (another host), malformed (no browser could follow it) or ignored (mailto:, tel:, data: …).
 * @param value the attribute value
 * @param pageUrl URL path of the page it is written in, e.g. `/regions/05/`
 */
export function resolveReference(value: string, pageUrl: string): Target {
	const base = new URL(pageUrl, 'http://localhost');
	let url: URL;
	try {
		url = new URL(value.trim(), base);
	} catch {
		return { kind: 'malformed' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'ignored' };
	if (!LOCAL_HOSTS.has(url.hostname)) return { kind: 'external', url: url.href };
	const fragment = url.hash ? safeDecode(url.hash.slice(1)) : null;
	return { kind: 'internal', path: safeDecode(url.pathname), fragment };
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * The file a static host serves for a site path, or null: `/a/` → `a/index.html`, `/a.csv` →
 * `a.csv`, `/a` → `a/index.html` via the redirect to `/a/`.
 * @param path decoded URL path
 * @param isFile whether a path relative to dist/ is an existing file
 */
export function fileForPath(path: string, isFile: (relativePath: string) => boolean): string | null {
	const clean = path.replace(/^\/+/, '');
	const candidates = path.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
	return candidates.find((candidate) => isFile(candidate)) ?? null;
}

/** `isFile` for fileForPath() backed by dist/ on disk, cached. */
export function distFileChecker(root: string = DIST): (relativePath: string) => boolean {
	const cache = new Map<string, boolean>();
	return (relativePath) => {
		let known = cache.get(relativePath);
		if (known === undefined) {
			const full = join(root, relativePath);
			known = existsSync(full) && statSync(full).isFile();
			cache.set(relativePath, known);
		}
		return known;
	};
}

/**
 * Reads a page of dist/ as text.
 * @param file path relative to dist/
 */
export function readPage(file: string, root: string = DIST): string {
	return readFileSync(join(root, file), 'utf8');
}
