import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { newestMtime } from '../../e2e/support/build-site.ts';

test('newestMtime finds the newest file in nested folders and skips scratch folders', () => {
	const root = mkdtempSync(join(tmpdir(), 'mtime-'));
	try {
		mkdirSync(join(root, 'a', 'b'), { recursive: true });
		mkdirSync(join(root, '.tmp-parse'));
		const old = new Date('2020-01-01T00:00:00Z');
		const newer = new Date('2024-01-01T00:00:00Z');
		for (const [file, time] of [
			['a/x.txt', old],
			['a/b/y.txt', newer],
			['.tmp-parse/z.txt', new Date('2025-01-01T00:00:00Z')],
		] as const) {
			writeFileSync(join(root, file), file);
			utimesSync(join(root, file), time, time);
		}
		assert.equal(newestMtime([root]), newer.getTime());
		assert.equal(newestMtime([join(root, 'a', 'x.txt')]), old.getTime());
		assert.equal(newestMtime([join(root, 'missing')]), 0);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
