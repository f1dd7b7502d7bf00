import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookNode, bookOf, bookPart } from '../../support/book-builders.ts';
import { allNodes, loadBook, pickPages } from '../../e2e/support/page-types.ts';

const book = bookOf([
	bookPart('overview', [bookNode('overview-01', '/overview/01/'), bookNode('overview-02', '/overview/02/')]),
	bookPart('policy', [bookNode('policy-01', '/policy/01/'), bookNode('policy-02', '/policy/02/')]),
	bookPart('exemplars', [bookNode('persons', '/exemplars/persons/', 'group', [bookNode('person-01', '/exemplars/persons/#person-01', 'person')])]),
	bookPart('chronicle', [bookNode('chronicle', '/chronicle/', 'chronicle')]),
]);

test('pickPages finds one page of each kind from the book and the built URLs', () => {
	const pages = pickPages(
		book,
		['/', '/data/', '/errata/', '/front/notes/', '/overview/01/', '/overview/print/', '/region/', '/regions/05/', '/search/', '/tables/t001/', '/tables/t002/', '/hubs/regions/beijing/'],
		new Map([['overview-02', 3]]),
		(file) => file === 'chapters/policy/02.md',
	);
	assert.deepEqual(pages, {
		cover: '/',
		part: '/overview/',
		chapter: '/overview/01/',
		'table-heavy chapter': '/overview/02/',
		chronicle: '/chronicle/',
		law: '/policy/02/',
		persons: '/exemplars/persons/',
		'table page': '/tables/t001/',
		'data catalogue': '/data/',
		search: '/search/',
		hub: '/hubs/regions/beijing/',
		'hub index': '/region/',
		'front matter': '/front/notes/',
		errata: '/errata/',
		print: '/overview/print/',
		'404': '/no-such-page/',
	});
});

test('pickPages says null for kinds the site does not have, and never takes a chapter for a hub', () => {
	const pages = pickPages(book, ['/', '/regions/05/'], new Map(), () => false);
	assert.equal(pages.hub, null);
	assert.equal(pages['table page'], null);
	assert.equal(pages['table-heavy chapter'], null);
	assert.equal(pages.law, null);
});

test('on the real book: 11 parts, 212 chapters (211 articles, persons among them, + 大事记)', () => {
	const real = loadBook();
	const nodes = allNodes(real);
	assert.equal(real.parts.length, 11);
	assert.equal(nodes.filter((n) => n.kind === 'person').length, 39);
	assert.equal(nodes.filter((n) => n.kind === 'group').length, 2);
	assert.equal(nodes.filter((n) => n.kind !== 'group').length, 212);
});
