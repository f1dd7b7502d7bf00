import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseToc } from '../../../scripts/lib/parse/toc.ts';
import { lines } from '../../support/source-lines.ts';

const TOC = `
目 录

综述篇..... 1

 中国信息化发展概况..... 3
部委篇	53
教育信息化发展概况	55
专题研究篇 ·····	321
智能制造的三个支点·····	323
综述篇`;

describe('parseToc', () => {
	const result = parseToc(lines(TOC));
	test('reads all three entry formats with their pages', () => {
		assert.deepEqual(
			result.entries.map((e) => [e.title, e.page]),
			[['综述篇', 1], ['中国信息化发展概况', 3], ['部委篇', 53], ['教育信息化发展概况', 55], ['专题研究篇', 321], ['智能制造的三个支点', 323]],
		);
	});
	test('tells parts from articles by the known part names, not by indentation', () => {
		assert.deepEqual(result.entries.map((e) => e.kind), ['part', 'article', 'part', 'article', 'part', 'article']);
		assert.deepEqual(result.entries.map((e) => e.partIndex), [0, 0, 1, 1, 4, 4]);
	});
	test('stops at the body, where the first part title stands without a page', () => {
		assert.equal(result.range[1], 9);
	});
	test('reports the parts the 目录 lacks', () => {
		assert.deepEqual(result.diagnostics.map((d) => d.code), ['PART_HEADING_MISSING']);
	});
	test('reports an entry without a page number, naming its line', () => {
		const bad = parseToc(lines('目 录\n综述篇..... 1\n中国信息化发展概况\n综述篇'));
		assert.deepEqual(bad.diagnostics.map((d) => [d.code, d.line]).slice(0, 1), [['TOC_ENTRY_UNPARSED', 3]]);
	});
});
