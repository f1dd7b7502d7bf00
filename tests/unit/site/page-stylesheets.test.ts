import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pageStylesheets } from '../../../src/utils/page-stylesheets.ts';
import { parsedBook } from '../../support/book.ts';

const STYLES = join(import.meta.dirname, '..', '..', '..', 'src', 'styles');

test('an ordinary chapter needs no part-specific stylesheet', () => {
	assert.deepEqual(pageStylesheets({ partId: 'regions' }), []);
	assert.deepEqual(pageStylesheets({ partId: 'statistics' }), []);
});

test('laws, the 大事记 and the 先进人物 page get the sheet with their styles', () => {
	assert.deepEqual(pageStylesheets({ partId: 'policy' }), ['documents']);
	assert.deepEqual(pageStylesheets({ partId: 'chronicle' }), ['chronicle']);
	assert.deepEqual(pageStylesheets({ partId: 'exemplars', showsPersons: true }), ['persons']);
	assert.deepEqual(pageStylesheets({ partId: 'exemplars' }), []);
});

test('every chapter that uses a document block, event or law article is in a part that links its sheet', () => {
	// The parsed book's Markdown: which parts really contain the constructs each sheet styles.
	const { markdown } = parsedBook();
	const needs: Array<[RegExp, 'documents' | 'chronicle']> = [
		[/^:::(signature|box)/m, 'documents'],
		[/^\*\*第[一二三四五六七八九十百零]+条\*\*/m, 'documents'],
		[/^\*\*目\s*录\*\*$/m, 'documents'],
		[/^:::event/m, 'chronicle'],
	];
	let checked = 0;
	for (const [path, text] of markdown) {
		const partId = path.split('/')[1] ?? '';
		for (const [pattern, sheet] of needs) {
			if (!pattern.test(text)) continue;
			checked += 1;
			assert.ok(pageStylesheets({ partId }).includes(sheet), `${path} needs ${sheet}.css`);
		}
	}
	assert.ok(checked >= 4, `${checked} chapters checked`);
});

test('the split sheets hold the styles they are named for', () => {
	const sheet = (name: string): string => readFileSync(join(STYLES, `${name}.css`), 'utf8');
	assert.match(sheet('documents'), /\.law-contents \{/);
	assert.match(sheet('documents'), /\.signature \{/);
	assert.match(sheet('chronicle'), /\.event \{/);
	assert.match(sheet('persons'), /\.person \{/);
	assert.doesNotMatch(sheet('prose'), /\.(event|signature|law-contents|person) \{/);
});
