import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pageFacets, pageTypes } from '../../../src/search/page-facets.ts';
import { book, body, chapters } from './book-fixture.ts';

describe('pageTypes', () => {
	test('gives each kind of page its 类型', () => {
		assert.deepEqual(pageTypes({ partId: 'chronicle', kind: 'chronicle', tableCount: 0 }), ['大事记']);
		assert.deepEqual(pageTypes({ partId: 'policy', kind: 'article', tableCount: 2 }), ['法规', '表格']);
		assert.deepEqual(pageTypes({ partId: 'exemplars', kind: 'group', tableCount: 0 }), ['人物']);
		assert.deepEqual(pageTypes({ partId: 'statistics', kind: 'article', tableCount: 1 }), ['表格']);
		assert.deepEqual(pageTypes({ partId: 'regions', kind: 'article', tableCount: 0 }), ['章节']);
	});
});

describe('pageFacets on the real book', () => {
	const all = chapters();
	const facetsOf = (url: string) => {
		const found = all.find(({ node }) => node.url === url);
		assert.ok(found, url);
		return pageFacets({ partId: found.partId, kind: found.node.kind, title: found.node.title, body: body(found.node), tableCount: 0 });
	};

	test('tags every 地区发展篇 chapter with its own region first', () => {
		const part = book.parts.find((p) => p.id === 'regions');
		assert.ok(part);
		for (const node of part.chapters) {
			const first = facetsOf(node.url).地区[0];
			assert.ok(first && node.title.startsWith(first === '兵团' ? '新疆生产建设兵团' : first), `${node.title}: ${first}`);
		}
	});

	test('tags a 部委篇 chapter with the ministry that wrote it', () => {
		assert.ok(facetsOf('/ministries/01/').部委.includes('教育部'));
		assert.ok(facetsOf('/ministries/16/').部委.includes('最高人民法院'));
	});

	test('indexes the abbreviations of the ministries a page is about', () => {
		const facets = facetsOf('/ministries/02/');
		assert.ok(facets.部委.includes('人力资源和社会保障部'));
		assert.ok(facets.aliases.includes('人社部'));
	});
});
