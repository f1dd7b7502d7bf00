import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	findNode,
	flattenNodes,
	isSingleChapterPart,
	neighbours,
	pagePath,
	readingOrder,
	textChapters,
} from '../../../src/utils/navigation.ts';
import { parsedBook } from '../../support/book.ts';
import { bookNode, bookOf, bookPart } from '../../support/book-builders.ts';

const smallBook = bookOf([
	bookPart('a', [bookNode('a-01', '/a/01/'), bookNode('a-02', '/a/02/')]),
	bookPart('ex', [
		bookNode('units', '/ex/#units', 'group', [bookNode('ex-01', '/ex/01/')]),
		bookNode('persons', '/ex/persons/', 'group', [bookNode('p1', '/ex/persons/#person-01', 'person'), bookNode('p2', '/ex/persons/#person-02', 'person')]),
	]),
	bookPart('chronicle', [bookNode('chronicle-01', '/chronicle/', 'chronicle')]),
]);

describe('readingOrder', () => {
	test('lists articles in order, units inside their group, and persons as one page', () => {
		assert.deepEqual(
			readingOrder(smallBook).map((stop) => stop.url),
			['/a/01/', '/a/02/', '/ex/01/', '/ex/persons/', '/chronicle/'],
		);
	});

	test('covers the whole real book: 212 chapters read on 174 pages, no page twice', () => {
		const { book } = parsedBook();
		const stops = readingOrder(book);
		assert.equal(textChapters(book).length, 212);
		// 212 chapters minus 39 person bios, plus the one page that holds them all.
		assert.equal(stops.length, 212 - 39 + 1);
		assert.equal(new Set(stops.map((stop) => stop.url)).size, stops.length);
		assert.equal(stops[0]?.url, '/overview/01/');
		assert.equal(stops.at(-1)?.url, '/appendix/16/');
		assert.ok(stops.some((stop) => stop.url === '/exemplars/persons/'));
		assert.ok(stops.every((stop) => !stop.url.includes('#')));
	});
});

describe('neighbours', () => {
	const stops = readingOrder(smallBook);
	test('crosses part boundaries', () => {
		const { prev, next } = neighbours(stops, '/a/02/');
		assert.equal(prev?.url, '/a/01/');
		assert.equal(next?.url, '/ex/01/');
	});
	test('has no prev on the first page and no next on the last', () => {
		assert.equal(neighbours(stops, '/a/01/').prev, null);
		assert.equal(neighbours(stops, '/chronicle/').next, null);
	});
	test('treats a person anchor as its group page', () => {
		assert.equal(neighbours(stops, '/ex/persons/#person-02').prev?.url, '/ex/01/');
	});
	test('returns nothing for an unknown page', () => {
		assert.deepEqual(neighbours(stops, '/nowhere/'), { prev: null, next: null });
	});
	test('links 大事记 between 先进典范篇 and 国际资料篇 in the real book', () => {
		const real = readingOrder(parsedBook().book);
		const { prev, next } = neighbours(real, '/chronicle/');
		assert.equal(prev?.url, '/exemplars/persons/');
		assert.equal(next?.url, '/international/01/');
	});
});

describe('findNode', () => {
	test('finds a top-level node with no group', () => {
		const place = findNode(smallBook, (candidate) => candidate.url === '/a/02/');
		assert.equal(place?.part.id, 'a');
		assert.equal(place?.group, null);
	});
	test('finds a person with its group', () => {
		const place = findNode(smallBook, (candidate) => candidate.id === 'p2');
		assert.equal(place?.group?.id, 'persons');
		assert.equal(place?.part.id, 'ex');
	});
	test('returns undefined when nothing matches', () => {
		assert.equal(findNode(smallBook, () => false), undefined);
	});
});

describe('flattenNodes', () => {
	test('puts parents before their children', () => {
		assert.deepEqual(flattenNodes(smallBook.parts[1]!.chapters).map((n) => n.id), ['units', 'ex-01', 'persons', 'p1', 'p2']);
	});
});

describe('isSingleChapterPart', () => {
	test('is true for 大事记 only in the real book', () => {
		const single = parsedBook().book.parts.filter(isSingleChapterPart).map((p) => p.id);
		assert.deepEqual(single, ['chronicle']);
	});
});

describe('pagePath', () => {
	test('drops the fragment', () => {
		assert.equal(pagePath('/exemplars/persons/#person-03'), '/exemplars/persons/');
		assert.equal(pagePath('/regions/05/'), '/regions/05/');
	});
});
