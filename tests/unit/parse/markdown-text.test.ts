import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../scripts/lib/emit/markdown-text.ts';

describe('escapeMarkdown', () => {
	test('keeps a line that starts like an ordered list from becoming one', () => {
		assert.equal(escapeMarkdown('1. 基础环境'), '1\\. 基础环境');
	});
	test('escapes emphasis markers and footnote stars', () => {
		assert.equal(escapeMarkdown('邮政业务收入**'), '邮政业务收入\\*\\*');
	});
	test('keeps a colon before a Latin word from opening a directive', () => {
		assert.equal(escapeMarkdown('资料来源:IDC'), '资料来源\\:IDC');
	});
	test('leaves ordinary Chinese text alone', () => {
		assert.equal(escapeMarkdown('2016 年，全国（不含港澳台）增长 5%。'), '2016 年，全国（不含港澳台）增长 5%。');
	});
});

describe('escapeMarkdown in a heading', () => {
	test('leaves a leading 1. alone, since after ## it cannot open a list', () => {
		assert.equal(escapeMarkdown('1. 基础环境', { atLineStart: false }), '1. 基础环境');
	});
});
