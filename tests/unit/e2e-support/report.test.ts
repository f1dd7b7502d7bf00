import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, issueFamily, loadKnownIssues, partitionKnown, summarizeProblems } from '../../e2e/support/report.ts';

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

test('partitionKnown sets aside the problems a known issue of the same check covers', () => {
	const known = [
		{ check: 'html-validate', match: 'attribute-misuse', owner: 'reader', reason: 'meta without name' },
		{ check: 'links', match: 'attribute-misuse', owner: 'x', reason: 'other check' },
		{ check: 'html-validate', match: 'gone', owner: 'x', reason: 'fixed already' },
	];
	const { fresh, covered } = partitionKnown(
		[
			{ page: '/a/', issue: 'attribute-misuse: content on <meta>' },
			{ page: '/a/', issue: 'wcag/h32: form without submit' },
		],
		known,
		'html-validate',
	);
	assert.deepEqual(fresh, [{ page: '/a/', issue: 'wcag/h32: form without submit' }]);
	assert.deepEqual([...covered.values()].map((list) => list.length), [1, 0]);
});

test('no problems: silent; every committed known issue names its check, owner and reason', () => {
	const messages: string[] = [];
	assertNoProblems([], 'errors', { check: 'none', diagnostic: (m) => messages.push(m) });
	assert.deepEqual(messages, []);
	assert.equal(loadKnownIssues().every((entry) => entry.owner && entry.reason && entry.match && entry.check), true);
});
