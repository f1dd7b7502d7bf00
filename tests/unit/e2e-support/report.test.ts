import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, issueFamily, summarizeProblems } from '../../e2e/support/report.ts';

test('issueFamily blanks numbers so one template mistake is one kind of problem', () => {
	assert.equal(issueFamily('<a href="/tables/t001/"> has no file'), issueFamily('<a href="/tables/t094/"> has no file'));
	assert.notEqual(issueFamily('lang=en'), issueFamily('lang=null'));
});

test('summarizeProblems groups by kind, most pages first, with examples', () => {
	const summary = summarizeProblems([
		{ page: '/a/', issue: 'x at meta:nth-child(8)' },
		{ page: '/b/', issue: 'x at meta:nth-child(9)' },
		{ page: '/c/', issue: 'x at meta:nth-child(8)' },
		{ page: '/c/', issue: 'y' },
	]);
	assert.equal(summary, '  x at meta:nth-child(8) — 3 pages, e.g. /a/, /b/, /c/\n  y — /c/');
});

test('assertNoProblems passes on none and fails with the count and summary', () => {
	assertNoProblems([], 'broken links');
	assert.throws(() => assertNoProblems([{ page: '/a/', issue: 'no file' }], 'broken links'), /1 broken links:\n {2}no file — \/a\//);
});
