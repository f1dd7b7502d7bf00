import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, spellingCombinations } from '../../../src/search/parse-query.ts';

describe('parseQuery', () => {
	test('recognises ASCII, full-width and Chinese quotes as an exact phrase', () => {
		for (const q of ['"工业和信息化部"', '“工业和信息化部”', '＂工业和信息化部＂', '「工业和信息化部」']) {
			const parsed = parseQuery(q);
			assert.equal(parsed.phrase, true, q);
			assert.deepEqual(parsed.terms, [['工业和信息化部']], q);
		}
	});

	test('does not expand aliases inside a quoted phrase', () => {
		assert.deepEqual(parseQuery('"工信部"').terms, [['工信部']]);
	});

	test('splits on spaces and expands each term', () => {
		assert.deepEqual(parseQuery('  工信部   电子政务 ').terms, [['工信部', '工业和信息化部'], ['电子政务']]);
	});

	test('folds full-width letters and digits and lower-cases Latin', () => {
		assert.deepEqual(parseQuery('４Ｇ用户').terms, [['4g用户']]);
		assert.deepEqual(parseQuery('ICT').terms[0]?.[0], 'ict');
	});

	test('drops punctuation at the edges of a term but keeps a trailing plus', () => {
		assert.deepEqual(parseQuery('《网络安全法》').terms, [['网络安全法']]);
		assert.deepEqual(parseQuery('互联网+').terms[0]?.[0], '互联网+');
	});

	test('gives no terms for an empty or punctuation-only query', () => {
		assert.deepEqual(parseQuery('   ').terms, []);
		assert.deepEqual(parseQuery('，。').terms, []);
	});
});

describe('spellingCombinations', () => {
	test('gives one spelling per term in every combination, capped', () => {
		assert.deepEqual(spellingCombinations([['a', 'b'], ['c']]), [['a', 'c'], ['b', 'c']]);
		assert.equal(spellingCombinations([['a', 'b', 'c'], ['d', 'e', 'f']], 4).length, 4);
		assert.deepEqual(spellingCombinations([]), []);
	});
});

import { orderFacetValues } from '../../../src/search/facet-order.ts';

describe('orderFacetValues', () => {
	test('lists parts in book order and unknown values last', () => {
		assert.deepEqual(orderFacetValues('篇', ['附录', '未知', '部委篇', '综述篇']), ['综述篇', '部委篇', '附录', '未知']);
	});

	test('lists regions in the order of the statistical tables', () => {
		assert.deepEqual(orderFacetValues('地区', ['广东', '北京', '上海']), ['北京', '上海', '广东']);
	});
});
