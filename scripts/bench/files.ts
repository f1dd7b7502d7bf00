/** Walking a folder: shared by the bench (dist/ size) and the e2e site checks (every page). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under a folder, as paths relative to it with '/' separators, sorted.
 * @param root folder to walk
 * @param skip top-level folder names to leave out
 */
export function listFiles(root: string, skip: ReadonlySet<string> = new Set()): string[] {
	const out: string[] = [];
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) {
				if (folder === root && skip.has(entry.name)) continue;
				walk(path);
			} else out.push(relative(root, path).split(sep).join('/'));
		}
	};
	walk(root);
	return out.sort();
}

/**
 * Total size in bytes of the given files.
 * @param root folder the paths are relative to
 * @param files relative paths
 */
export function totalSize(root: string, files: readonly string[]): number {
	return files.reduce((sum, file) => sum + statSync(join(root, file)).size, 0);
}
