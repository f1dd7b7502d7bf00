import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { printedPageLabel, slugOfPath } from '../../../src/utils/page-label.ts';
import { readingOrder } from '../../../src/utils/navigation.ts';
import { parsedBook } from '../../support/book.ts';

describe('printedPageLabel', () => {
	test('names the printed page, or nothing when the 目录 gives none', () => {
		assert.equal(printedPageLabel(136), '原书第 136 页');
		assert.equal(printedPageLabel(null), null);
	});
});

describe('slugOfPath', () => {
	test('turns a page path into the rest-route parameter', () => {
		assert.equal(slugOfPath('/regions/05/'), 'regions/05');
		assert.equal(slugOfPath('/chronicle/'), 'chronicle');
	});
	test('round-trips every reading page of the real book', () => {
		for (const stop of readingOrder(parsedBook().book)) assert.equal(`/${slugOfPath(stop.url)}/`, stop.url);
	});
});
