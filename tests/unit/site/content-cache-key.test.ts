import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import contentCacheKey from '../../../src/integrations/content-cache-key.ts';
import { hashFiles } from '../../../src/utils/hash-files.ts';

const root = mkdtempSync(join(tmpdir(), 'content-cache-key-'));
after(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
}

/** Runs the integration's config hook with the two config fields it reads, the project in `root`. */
function runSetup(inputs: string[]): string[] {
	const logged: string[] = [];
	const setup = contentCacheKey({ inputs }).hooks['astro:config:setup'] as (options: unknown) => void;
	setup({
		config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(join(root, 'cache/')) },
		logger: { info: (message: string) => logged.push(message) },
	});
	return logged;
}

describe('hashFiles', () => {
	test('is stable, and moves when a file changes, appears or is renamed', () => {
		write('content/tables/t001.json', '{"a":1}');
		write('src/markdown/plugin.ts', 'export {}');
		const inputs = ['content', 'src/markdown', 'missing.json'];
		const first = hashFiles(root, inputs);
		assert.equal(hashFiles(root, inputs), first);
		write('content/tables/t001.json', '{"a":2}');
		const changed = hashFiles(root, inputs);
		assert.notEqual(changed, first);
		write('content/tables/t002.json', '{}');
		assert.notEqual(hashFiles(root, inputs), changed);
		write('missing.json', '');
		assert.notEqual(hashFiles(root, inputs), hashFiles(root, inputs.slice(0, 2).concat('still-missing.json')));
	});

	test('hashes a single file input too', () => {
		write('one.ts', 'a');
		const before = hashFiles(root, ['one.ts']);
		write('one.ts', 'b');
		assert.notEqual(hashFiles(root, ['one.ts']), before);
	});
});

describe('contentCacheKey', () => {
	const store = join(root, 'cache', 'data-store.json');
	const inputs = ['src/markdown'];

	test('keeps the content store while the inputs are unchanged', () => {
		runSetup(inputs);
		writeFileSync(store, '{}');
		assert.deepEqual(runSetup(inputs), []);
		assert.ok(existsSync(store));
	});

	test('drops the content store when an input changed', () => {
		write('src/markdown/plugin.ts', 'export const changed = true;');
		const logged = runSetup(inputs);
		assert.equal(existsSync(store), false);
		assert.match(logged.join('\n'), /cleared the content cache/);
		// The next build writes a new store from the new inputs; it is kept from then on.
		writeFileSync(store, '{}');
		runSetup(inputs);
		assert.ok(existsSync(store));
	});
});
