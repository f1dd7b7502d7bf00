/**
 * A private copy of dist/ for one test process to serve.
 *
 * Teammates rebuild dist/ in the shared working tree while tests run; Astro empties dist/ first,
 * so a server on dist/ itself would answer 404 for a few seconds and tests would fail for no fault
 * of the site. A copy taken while dist/ is complete (22 MB, a fraction of a second) is immune.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Files that exist only once a build has finished: the cover, the 404 page, the search index. */
const COMPLETION_MARKERS = ['index.html', '404.html', 'pagefind/pagefind.js'];

/**
 * Whether a built site folder looks complete.
 * @param dist folder to check
 */
export function looksComplete(dist: string): boolean {
	return COMPLETION_MARKERS.every((marker) => existsSync(join(dist, marker)));
}

/**
 * Copies dist/ to a temporary folder once it looks complete (waiting up to `timeoutMs` for a
 * teammate's build to finish) and returns the copy with a function that deletes it.
 * @param dist the built site
 * @param timeoutMs how long to wait for a complete dist/
 */
export async function snapshotDist(dist: string, timeoutMs = 120_000): Promise<{ root: string; remove(): void }> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (looksComplete(dist)) {
			const root = mkdtempSync(join(tmpdir(), 'site-'));
			try {
				cpSync(dist, root, { recursive: true });
				if (looksComplete(root)) {
					const remove = (): void => rmSync(root, { recursive: true, force: true });
					// Also on exit, so a test file that never calls site.close() leaves nothing in /tmp.
					process.once('exit', remove);
					return { root, remove };
				}
			} catch {
				// dist/ changed under the copy: try again.
			}
			rmSync(root, { recursive: true, force: true });
		}
		if (Date.now() > deadline) throw new Error(`${dist} is incomplete (no ${COMPLETION_MARKERS.join(', ')}): run npm run build`);
		await sleep(500);
	}
}
