import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { looksComplete, snapshotDist } from '../../e2e/support/snapshot.ts';

test('snapshotDist copies a complete site and refuses an incomplete one', async () => {
	const dist = mkdtempSync(join(tmpdir(), 'dist-'));
	try {
		writeFileSync(join(dist, 'index.html'), '封面');
		assert.equal(looksComplete(dist), false);
		await assert.rejects(snapshotDist(dist, 0), /incomplete/);

		writeFileSync(join(dist, '404.html'), '页面不存在');
		mkdirSync(join(dist, 'pagefind'));
		writeFileSync(join(dist, 'pagefind', 'pagefind.js'), '');
		const copy = await snapshotDist(dist, 0);
		assert.notEqual(copy.root, dist);
		assert.equal(readFileSync(join(copy.root, 'index.html'), 'utf8'), '封面');
		copy.remove();
		assert.equal(existsSync(copy.root), false);
	} finally {
		rmSync(dist, { recursive: true, force: true });
	}
});
