/** A fingerprint of files on disk, for build steps that skip work when their inputs are unchanged. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * SHA-256 over the path and bytes of every file under `paths` (files or folders, relative to
 * `root`); a missing path counts as absent, so creating it changes the hash too.
 */
export function hashFiles(root: string, paths: readonly string[]): string {
	const hash = createHash('sha256');
	for (const input of paths) {
		const path = join(root, input);
		if (!existsSync(path)) {
			hash.update(`absent ${input}\0`);
			continue;
		}
		const files = statSync(path).isDirectory()
			? readdirSync(path, { recursive: true, withFileTypes: true })
					.filter((entry) => entry.isFile())
					.map((entry) => join(entry.parentPath, entry.name))
					.sort()
			: [path];
		for (const file of files) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex');
}
