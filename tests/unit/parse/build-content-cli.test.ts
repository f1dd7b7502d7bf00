import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'parse', 'book', name, 'input.txt');
const run = (source: string, out: string) => spawnSync(process.execPath, [join(root, 'scripts', 'build-content.ts'), source, out], { encoding: 'utf8' });

describe('npm run parse (scripts/build-content.ts)', () => {
	test('writes the whole contract for a good source', () => {
		const out = mkdtempSync(join(tmpdir(), 'content-'));
		const result = run(fixture('mini-book'), out);
		assert.equal(result.status, 0, result.stderr);
		assert.deepEqual(readdirSync(out).sort(), ['book.json', 'chapters', 'errata.json', 'events.json', 'fidelity.json', 'tables']);
		assert.equal(JSON.parse(readFileSync(join(out, 'book.json'), 'utf8')).parts.length, 11);
	});
	test('exits non-zero on bad input, names the line, and leaves the previous content untouched', () => {
		const out = mkdtempSync(join(tmpdir(), 'content-'));
		writeFileSync(join(out, 'book.json'), 'previous');
		const result = run(fixture('table-row-width'), out);
		assert.equal(result.status, 1);
		assert.match(result.stderr, /error TABLE_ROW_WIDTH: .*\(line 149\)\n148 \| .*\n149 \| 手机→万部→—→120000→9\n {4}\| \^/);
		assert.equal(readFileSync(join(out, 'book.json'), 'utf8'), 'previous');
		assert.ok(!existsSync(join(out, 'chapters')));
	});
});
