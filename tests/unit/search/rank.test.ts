import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rankHits } from '../../../src/search/rank.ts';

describe('rankHits', () => {
	const hits = [
		{ title: '经济领域信息化', order: 0, phrase: true },
		{ title: '地区发展篇', order: 1, phrase: true, navigation: true },
		{ title: '广东省信息化发展概况', order: 2, phrase: true },
		{ title: '教育信息化发展概况', order: 3, phrase: false },
	];

	test('puts pages whose title contains the query first, then keeps Pagefind order', () => {
		assert.deepEqual(rankHits(hits, [['广东']]).map((h) => h.title), ['广东省信息化发展概况', '经济领域信息化', '教育信息化发展概况', '地区发展篇']);
	});

	test("treats an entity's own chapter as a title hit", () => {
		assert.equal(rankHits(hits, [['教育部']], ['教育信息化发展概况'])[0]?.title, '教育信息化发展概况');
	});

	test('puts navigation pages after reading pages', () => {
		assert.equal(rankHits(hits, [['x']]).at(-1)?.title, '地区发展篇');
	});
});
