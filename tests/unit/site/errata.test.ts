import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Erratum } from '../../../src/schemas/errata.ts';
import { groupErrata } from '../../../src/utils/errata.ts';

const erratum = (id: string, line: number, chapter: string | null): Erratum => ({ id, kind: 'repaired', lines: [line], chapter, before: 'a', after: 'b', reason: 'r' });
const chapters: Record<string, { title: string; url: string }> = {
	'overview-01': { title: '中国信息化发展概况', url: '/overview/01/' },
	'regions-05': { title: '内蒙古', url: '/regions/05/' },
};

describe('groupErrata', () => {
	test('groups by chapter in source order, book-wide repairs first', () => {
		const groups = groupErrata(
			[erratum('e3', 3000, 'regions-05'), erratum('e1', 600, 'overview-01'), erratum('e0', 267, null), erratum('e2', 700, 'overview-01')],
			(id) => (id ? chapters[id] ?? null : null),
		);
		assert.deepEqual(groups.map((group) => group.key), ['book', 'overview-01', 'regions-05']);
		assert.deepEqual(groups[1]?.items.map((item) => item.id), ['e1', 'e2']);
		assert.equal(groups[0]?.chapter, null);
	});
	test('puts a repair whose chapter is unknown with the book-wide ones', () => {
		const groups = groupErrata([erratum('e1', 10, 'gone-99')], () => null);
		assert.deepEqual(groups.map((group) => group.key), ['book']);
	});
});
