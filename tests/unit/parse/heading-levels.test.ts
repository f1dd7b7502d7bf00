import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from '../../../scripts/lib/parse/blocks.ts';
import { headingLevels } from '../../../scripts/lib/parse/heading-levels.ts';
import type { HeadingStyle } from '../../../scripts/lib/parse/line-roles.ts';

const heading = (style: HeadingStyle, text: string): Block => ({ type: 'heading', style, text, lines: [1] });
const levelsOf = (blocks: Block[]) => blocks.map((b) => headingLevels(blocks).get(b));

describe('headingLevels', () => {
	test('nests （一） under 【】 and 1. under （一）', () => {
		assert.deepEqual(levelsOf([heading('section', '【总体情况】'), heading('bracketed', '（一）经济概况'), heading('decimal', '1. 基础环境')]), [1, 2, 3]);
	});
	test('gives the first heading of an article level 1 whatever its style', () => {
		assert.deepEqual(levelsOf([heading('bracketed', '（一）'), heading('decimal', '1. ')]), [1, 2]);
	});
	test('places 1. directly under 【】 at level 2 when no （一） is between', () => {
		assert.deepEqual(levelsOf([heading('section', '【A】'), heading('decimal', '1. x'), heading('section', '【B】')]), [1, 2, 1]);
	});
	test('nests 第X节 under 第X章', () => {
		assert.deepEqual(levelsOf([heading('chapter', '第三章'), heading('division', '第一节'), heading('chapter', '第四章')]), [1, 2, 1]);
	});
	test('counts headings inside 专栏 boxes in the same outline', () => {
		const inner = heading('decimal', '1. 内');
		const blocks: Block[] = [heading('bracketed', '（一）外'), { type: 'box', title: '专栏 1', lines: [2], blocks: [inner] }];
		assert.equal(headingLevels(blocks).get(inner), 2);
	});
});
