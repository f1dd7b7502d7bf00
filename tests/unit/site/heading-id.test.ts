import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { headingSlug, uniqueId } from '../../../src/utils/heading-id.ts';

describe('headingSlug', () => {
	test('keeps Hanzi and drops brackets and full-width punctuation', () => {
		assert.equal(headingSlug('【总体情况】'), '总体情况');
		assert.equal(headingSlug('（一）经济概况'), '一经济概况');
		assert.equal(headingSlug('第一章 总 则'), '第一章总则');
	});
	test('folds full-width Latin and digits and lower-cases them', () => {
		assert.equal(headingSlug('１. ＩＰｖ6 部署'), '1ipv6部署');
	});
	test('cuts long headings to 24 characters', () => {
		assert.equal(headingSlug('一'.repeat(40)).length, 24);
	});
	test('never returns an empty id', () => {
		assert.equal(headingSlug('——'), 'section');
	});
});

describe('uniqueId', () => {
	test('numbers repeats from 2', () => {
		const used = new Set<string>();
		assert.equal(uniqueId('主要工作', used), '主要工作');
		assert.equal(uniqueId('主要工作', used), '主要工作-2');
		assert.equal(uniqueId('主要工作', used), '主要工作-3');
	});
});
