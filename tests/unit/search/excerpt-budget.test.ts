import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIRST_SCREEN_BUDGET, SMALL_FRAGMENT, excerptLoads } from '../../../src/search/excerpt-budget.ts';

const KB = 1024;

test('the first results load at once while they fit the budget; a long chapter waits to be asked', () => {
	assert.deepEqual(excerptLoads([5 * KB, 30 * KB, 6 * KB, 4 * KB], 3, 16 * KB), ['now', 'asked', 'now', 'visible']);
});

test('later pages of results never load at once: small ones when visible, big ones when asked', () => {
	assert.deepEqual(excerptLoads([2 * KB, 40 * KB], 0), ['visible', 'asked']);
});

test('an unknown size counts as a small page', () => {
	assert.deepEqual(excerptLoads([0, 0, 0, 0], 3, 2 * SMALL_FRAGMENT), ['now', 'now', 'asked', 'visible']);
	assert.ok(FIRST_SCREEN_BUDGET >= SMALL_FRAGMENT);
});

test('after a submit the first result loads whatever its size, and spends the budget', () => {
	assert.deepEqual(excerptLoads([30 * KB, 5 * KB, 4 * KB, 3 * KB], 3, 16 * KB, true), ['now', 'asked', 'asked', 'visible']);
	assert.deepEqual(excerptLoads([5 * KB, 5 * KB], 3, 16 * KB, true), ['now', 'now']);
});
