import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { listFiles, totalSize } from '../../../scripts/bench/files.ts';

test('listFiles walks nested folders, sorted, leaving out top-level folders it is told to skip', () => {
	const root = mkdtempSync(join(tmpdir(), 'files-'));
	try {
		mkdirSync(join(root, 'regions', '05'), { recursive: true });
		mkdirSync(join(root, 'pagefind', 'fragment'), { recursive: true });
		writeFileSync(join(root, 'index.html'), '封面');
		writeFileSync(join(root, 'regions', '05', 'index.html'), 'abc');
		writeFileSync(join(root, 'pagefind', 'fragment', 'zh_1.pf_fragment'), 'x');
		assert.deepEqual(listFiles(root), ['index.html', 'pagefind/fragment/zh_1.pf_fragment', 'regions/05/index.html']);
		assert.deepEqual(listFiles(root, new Set(['pagefind'])), ['index.html', 'regions/05/index.html']);
		assert.equal(totalSize(root, ['index.html', 'regions/05/index.html']), 6 + 3);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
