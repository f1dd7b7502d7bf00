import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentBody } from '../../../scripts/lib/parse/segment.ts';
import type { TocEntry } from '../../../scripts/lib/parse/toc.ts';
import { lines } from '../../support/source-lines.ts';
import { PARTS } from '../../../scripts/lib/parse/parts.ts';

const article = (title: string, partIndex: number, line: number): TocEntry => ({ line, title, page: 1, kind: 'article', partIndex });
const partEntries = PARTS.map((p, i): TocEntry => ({ line: 100 + i, title: p.title, page: 1, kind: 'part', partIndex: i }));
/** A body with every part, where 综述篇 holds the given lines. */
const body = (overview: string) => lines([PARTS[0].title, overview, ...PARTS.slice(1).map((p) => p.title)].join('\n\n'));

describe('segmentBody', () => {
	test('finds titles whatever their spacing, and cuts the part into one span per title', () => {
		const { spans, diagnostics } = segmentBody(body('包宇\n\n简介。\n\n曹 峰\n\n简介。'), [partEntries[0] as TocEntry, article('包 宇', 0, 1), article('曹峰', 0, 2), ...partEntries.slice(1)]);
		assert.deepEqual(diagnostics, []);
		assert.deepEqual(spans.slice(1, 3).map((s) => [s.entry.title, s.titleLines, s.lines.filter((l) => l.kind === 'text').length]), [['包 宇', [3], 2], ['曹峰', [7], 2]]);
	});
	test('accepts entries the body prints in another order', () => {
		const { spans } = segmentBody(body('张 灏\n\n甲。\n\n于亚东\n\n乙。'), [partEntries[0] as TocEntry, article('于亚东', 0, 1), article('张 灏', 0, 2), ...partEntries.slice(1)]);
		assert.deepEqual(spans.slice(1, 3).map((s) => s.entry.title), ['张 灏', '于亚东']);
	});
	test('matches a title the body wraps over two lines, and a long title with one typo', () => {
		const { spans } = segmentBody(body('2012—2016 年全国电子信息产品制造业\n\n主要经济指标完成情况\n\n数据。\n\n工业互联网重塑企业数字化能力'), [
			partEntries[0] as TocEntry,
			article('2012—2016 年全国电子信息产品制造业主要经济指标完成情况', 0, 1),
			article('工业互联重塑企业数字化能力', 0, 2),
			...partEntries.slice(1),
		]);
		assert.deepEqual(spans[1]?.titleLines, [3, 5]);
		assert.equal(spans[2]?.bodyTitle, '工业互联网重塑企业数字化能力');
	});
	test('reports an entry with no title line in its part, naming the 目录 line', () => {
		const { diagnostics } = segmentBody(body('正文。'), [partEntries[0] as TocEntry, article('不存在的文章', 0, 42), ...partEntries.slice(1)]);
		assert.deepEqual(diagnostics.map((d) => [d.code, d.line]), [['TOC_ENTRY_NOT_IN_BODY', 42]]);
	});
});
