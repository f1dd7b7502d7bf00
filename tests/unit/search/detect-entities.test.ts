import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countMinistryMentions, countRegionMentions, entitiesAbout } from '../../../src/search/detect-entities.ts';
import { REGIONS } from '../../../src/search/regions.ts';
import { MINISTRIES } from '../../../src/search/ministries.ts';
import { book, body, chapters } from './book-fixture.ts';

describe('countRegionMentions', () => {
	test('counts short and full names, longest name first', () => {
		const counts = countRegionMentions('广东省和广东，新疆生产建设兵团，内蒙古自治区');
		assert.equal(counts.get('guangdong'), 2);
		assert.equal(counts.get('bingtuan'), 1);
		assert.equal(counts.get('xinjiang'), undefined);
		assert.equal(counts.get('neimenggu'), 1);
	});

	test('ignores wrap spaces inside a name', () => {
		assert.equal(countRegionMentions('北 京市').get('beijing'), 1);
	});
});

describe('countMinistryMentions', () => {
	test('counts abbreviations as the ministry', () => {
		const counts = countMinistryMentions('工信部、工业和信息化部、国家发展改革委和发改委');
		assert.equal(counts.get('miit'), 2);
		assert.equal(counts.get('ndrc'), 2);
	});

	test('does not read 教育部门 (education departments) as 教育部', () => {
		assert.equal(countMinistryMentions('各级教育部门和农业部门').size, 0);
		assert.equal(countMinistryMentions('教育部印发').get('moe'), 1);
	});
});

describe('entitiesAbout', () => {
	test('keeps entities named in the title or at least twice', () => {
		const text = new Map([['a', 5], ['b', 1], ['c', 2]]);
		assert.deepEqual(entitiesAbout(text, new Map([['b', 1]])), ['b', 'a', 'c']);
	});
});

describe('entity detection on the real book', () => {
	const regionParts = chapters().filter(({ partId }) => partId === 'regions' || partId === 'integration');

	test('finds every region of 地区发展篇 and 两化融合篇 as the most named region of its own chapter', () => {
		let checked = 0;
		for (const { node } of regionParts) {
			const own = REGIONS.find((region) => node.title.startsWith(region.fullName) || node.title.startsWith(region.names.at(-1) ?? '\0'));
			if (!own) continue;
			const counts = countRegionMentions(body(node));
			const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
			assert.equal(top, own.slug, `${node.title}: most named is ${top}`);
			checked += 1;
		}
		// All 33 chapters of 地区发展篇 (26 provinces, 兵团, 6 cities) and the 25 province chapters of 两化融合篇.
		assert.equal(checked, 58);
	});

	test('finds every 部委篇 ministry named in its own chapter, by chapter title', () => {
		const part = book.parts.find((p) => p.id === 'ministries');
		assert.ok(part);
		const withChapter = MINISTRIES.filter((ministry) => ministry.chapterTitle);
		assert.equal(withChapter.length, part.chapters.length);
		for (const ministry of withChapter) {
			assert.ok(part.chapters.some((node) => node.title === ministry.chapterTitle), `${ministry.name}: no chapter titled ${ministry.chapterTitle}`);
		}
	});
});
