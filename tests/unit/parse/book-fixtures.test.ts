/**
 * Whole-pipeline behaviours on small books: each folder of tests/fixtures/parse/book holds an input.txt and
 * the expected.json summary of what parseYearbook makes of it (diagnostics with lines, parts, chapter bodies,
 * tables, events). `UPDATE=1 npm test` rewrites the expected files; a mismatch writes expected-changed.json.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYearbook } from '../../../scripts/lib/parse/index.ts';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'parse', 'book');
const NO_ERRATA = { sourceSha256: '', readingOrder: [], text: [] };

function summarise(text: string) {
	const result = parseYearbook(text, NO_ERRATA);
	return {
		diagnostics: result.diagnostics.map((d) => `${d.severity} ${d.code} line ${d.line}`),
		parts: result.book.parts.map((p) => `${p.title}: ${p.chapters.map((c) => `${c.title} (${c.url})`).join('、')}`),
		chapters: Object.fromEntries([...result.markdown].map(([file, md]) => [file, md])),
		tables: result.tables.map((t) => ({ id: t.id, title: t.title, chapter: t.chapter, rows: t.rows.map((r) => r.cells.map((c) => c.text).join(' | ')) })),
		events: result.events,
		unaccounted: result.fidelity.unaccounted,
	};
}

describe('parseYearbook on small books', () => {
	for (const name of readdirSync(root)) {
		test(name, () => {
			const actual = summarise(readFileSync(join(root, name, 'input.txt'), 'utf8'));
			const expectedPath = join(root, name, 'expected.json');
			if (process.env['UPDATE']) writeFileSync(expectedPath, `${JSON.stringify(actual, null, '\t')}\n`);
			assert.ok(existsSync(expectedPath), `${expectedPath} is missing: run UPDATE=1 npm test and review it`);
			const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
			try {
				assert.deepEqual(actual, expected);
			} catch (error) {
				writeFileSync(join(root, name, 'expected-changed.json'), `${JSON.stringify(actual, null, '\t')}\n`);
				throw error;
			}
		});
	}
});
