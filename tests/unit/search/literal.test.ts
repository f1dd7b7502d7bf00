import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compactCjk, containsAllTerms, findRanges } from '../../../src/search/literal.ts';
import { makeExcerpt, withHighlight } from '../../../src/search/excerpt.ts';

describe('compactCjk', () => {
	test('removes spaces between Chinese characters and keeps them between Latin words', () => {
		assert.equal(compactCjk('工业 和 信息 化 部 Global Challenge'), '工业和信息化部 Global Challenge');
		assert.equal(compactCjk('北 京'), '北京');
	});
});

describe('containsAllTerms', () => {
	test('matches across pre-segmentation and zero-width spaces', () => {
		assert.ok(containsAllTerms('民政部 工业 和 信息 化 部', [['工业和信息化部']]));
		assert.ok(containsAllTerms('工业\u200b和\u200b信息化部', [['工业和信息化部']]));
	});

	test('requires every term, each in one of its spellings', () => {
		assert.ok(containsAllTerms('工业和信息化部发布电子政务文件', [['工信部', '工业和信息化部'], ['电子政务']]));
		assert.ok(!containsAllTerms('工业和信息化部发布文件', [['工信部', '工业和信息化部'], ['电子政务']]));
	});

	test('is false for a query that is not in the text', () => {
		assert.ok(!containsAllTerms('信息化发展', [['不存在的词']]));
		assert.ok(!containsAllTerms('信息化发展', []));
	});
});

describe('findRanges', () => {
	test('returns ranges in the original text even when it is spaced', () => {
		const text = '由 工业 和 信息 化 部 发布';
		const [range] = findRanges(text, [['工业和信息化部']]);
		assert.ok(range);
		assert.equal(text.slice(range[0], range[1]), '工业 和 信息 化 部');
	});
});

describe('makeExcerpt', () => {
	test('marks the query and removes segmentation spaces', () => {
		const html = makeExcerpt('2016 年 ， 工业 和 信息 化 部 发布 <通知>', [['工业和信息化部']]);
		assert.match(html, /<mark>工业和信息化部<\/mark>/);
		assert.match(html, /&#60;通知&#62;/);
	});

	test('centres a long text on the first match', () => {
		const html = makeExcerpt(`${'甲'.repeat(200)}广东${'乙'.repeat(200)}`, [['广东']], 60);
		assert.ok(html.startsWith('…') && html.endsWith('…'));
		assert.match(html, /<mark>广东<\/mark>/);
	});
});

describe('withHighlight', () => {
	test('adds hl parameters before the fragment', () => {
		assert.equal(withHighlight('/regions/05/#t012', ['广东', '粤']), `/regions/05/?hl=${encodeURIComponent('广东')}&hl=${encodeURIComponent('粤')}#t012`);
	});
});
