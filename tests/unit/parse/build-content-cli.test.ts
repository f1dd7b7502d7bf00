import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'parse', 'book', name, 'input.txt');
const run = (source: string, out: string, ...flags: string[]) =>
	spawnSync(process.execPath, [join(root, 'scripts', 'build-content.ts'), ...flags, source, out], { encoding: 'utf8' });

describe('npm run parse (scripts/build-content.ts)', () => {
	test('writes the whole contract for a good source', () => {
		const out = mkdtempSync(join(tmpdir(), 'content-'));
		const result = run(fixture('mini-book'), out);
		assert.equal(result.status, 0, result.stderr);
		assert.deepEqual(readdirSync(out).sort(), ['.parse-stamp.json', 'book.json', 'chapters', 'errata.json', 'events.json', 'fidelity.json', 'tables']);
		assert.equal(JSON.parse(readFileSync(join(out, 'book.json'), 'utf8')).parts.length, 11);
	});
	test('--if-changed skips a parse whose source, parser and outputs are unchanged, and only then', () => {
		const out = mkdtempSync(join(tmpdir(), 'content-'));
		assert.match(run(fixture('mini-book'), out, '--if-changed').stdout, /lines accounted/);
		const book = readFileSync(join(out, 'book.json'), 'utf8');
		assert.match(run(fixture('mini-book'), out, '--if-changed').stdout, /up to date/);
		// Without the flag it always parses.
		assert.match(run(fixture('mini-book'), out).stdout, /lines accounted/);
		// An output edited by hand is a change: the parse puts it back.
		writeFileSync(join(out, 'book.json'), '{}');
		assert.match(run(fixture('mini-book'), out, '--if-changed').stdout, /lines accounted/);
		assert.equal(readFileSync(join(out, 'book.json'), 'utf8'), book);
		// So is another source file, even with the same text.
		const copy = join(out, '..', `${basename(out)}-source.txt`);
		copyFileSync(fixture('mini-book'), copy);
		assert.match(run(copy, out, '--if-changed').stdout, /lines accounted/);
		assert.match(run(copy, out, '--if-changed').stdout, /up to date/);
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
