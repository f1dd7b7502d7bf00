/**
 * Keep Astro's content cache only while everything that renders the chapters is unchanged.
 *
 * Astro stores each chapter's rendered HTML in its data store and reuses it while the Markdown file
 * and the Astro config are unchanged. Our chapters also render from files Astro does not watch:
 * the table and chart JSON the `::table` directive embeds, and the remark/rehype plugins and
 * schemas imported from src/. This integration hashes those inputs and drops the data store when
 * the hash moves, so a rebuild is fast when nothing changed and never serves stale HTML otherwise.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hashFiles } from '../utils/hash-files.ts';

/** Astro's content layer store, in the cache folder (astro/dist/content/consts.js). */
const DATA_STORE_FILE = 'data-store.json';
const KEY_FILE = 'content-cache-key.txt';

export interface ContentCacheKeyOptions {
	/** Files and folders, relative to the project root, whose bytes the rendered content depends on. */
	inputs: readonly string[];
}

export default function contentCacheKey(options: ContentCacheKeyOptions): AstroIntegration {
	return {
		name: 'yearbook-content-cache-key',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const cacheDir = fileURLToPath(config.cacheDir);
				const key = hashFiles(fileURLToPath(config.root), options.inputs);
				const keyFile = join(cacheDir, KEY_FILE);
				const previous = existsSync(keyFile) ? readFileSync(keyFile, 'utf8') : null;
				if (previous === key) return;
				const store = join(cacheDir, DATA_STORE_FILE);
				if (existsSync(store)) {
					rmSync(store);
					logger.info('Content inputs changed: cleared the content cache.');
				}
				mkdirSync(cacheDir, { recursive: true });
				writeFileSync(keyFile, key);
			},
		},
	};
}
