/**
 * Runs every folder of tests/fixtures/parse/tables: `input.txt` is one chapter (its first line is the
 * chapter title), `expected.json` the pass's whole output. `UPDATE=1 npm test` rewrites the expected
 * files after a deliberate change; review the diff before keeping it. A folder without expected.json fails.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { TableSchema } from '../../../../src/schemas/table.ts';
import { extractTables } from '../../../../scripts/lib/parse/tables/index.ts';
import { chapterContext, linesOf } from './lines.ts';

const root = join(import.meta.dirname, '../../../fixtures/parse/tables');

describe('table pass fixtures', () => {
	for (const name of readdirSync(root).sort()) {
		test(name, () => {
			const result = extractTables(linesOf(readFileSync(join(root, name, 'input.txt'), 'utf8')), chapterContext([1]));
			for (const table of result.tables) assert.deepEqual(TableSchema.parse(table), table);
			const actual = { ...result, consumed: Object.fromEntries(result.consumed) };
			const expectedFile = join(root, name, 'expected.json');
			if (process.env['UPDATE'] === '1') writeFileSync(expectedFile, `${JSON.stringify(actual, null, '\t')}\n`);
			assert.ok(existsSync(expectedFile), `${expectedFile} is missing: run UPDATE=1 npm test and review it`);
			assert.deepEqual(JSON.parse(JSON.stringify(actual)), JSON.parse(readFileSync(expectedFile, 'utf8')));
		});
	}
});
