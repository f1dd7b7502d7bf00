import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expandTerm, groupsForTerm, minimalSpellings, ALIAS_GROUPS } from '../../../src/search/aliases.ts';
import { REGIONS } from '../../../src/search/regions.ts';
import { MINISTRIES } from '../../../src/search/ministries.ts';

describe('expandTerm', () => {
	test('expands a ministry abbreviation to the official name', () => {
		assert.deepEqual(expandTerm('工信部'), ['工信部', '工业和信息化部']);
	});

	test('expands an official name to its short forms', () => {
		assert.ok(expandTerm('国家发展和改革委员会').includes('发改委'));
		assert.ok(expandTerm('国家互联网信息办公室').includes('网信办'));
	});

	test('reduces a region to its shortest spelling, which covers the full name', () => {
		assert.deepEqual(expandTerm('内蒙古自治区'), ['内蒙古']);
		assert.deepEqual(expandTerm('内蒙古'), ['内蒙古']);
		assert.deepEqual(expandTerm('新疆生产建设兵团'), ['兵团']);
	});

	test('accepts an unambiguous one-character 简称 as a whole query', () => {
		assert.deepEqual(expandTerm('粤'), ['粤', '广东']);
		assert.deepEqual(expandTerm('沪'), ['沪', '上海']);
		// 浙江 is one word: the word 浙 alone would not find it.
		assert.deepEqual(expandTerm('浙'), ['浙', '浙江']);
	});

	test('does not expand ambiguous characters such as 云', () => {
		assert.deepEqual(expandTerm('云'), ['云']);
	});

	test('replaces an abbreviation inside a longer term', () => {
		assert.deepEqual(expandTerm('工信部发布'), ['工信部发布', '工业和信息化部发布']);
	});

	test('leaves ordinary words alone', () => {
		assert.deepEqual(expandTerm('电子政务'), ['电子政务']);
	});
});

describe('minimalSpellings', () => {
	test('drops spellings that contain a shorter one word for word', () => {
		assert.deepEqual(minimalSpellings(['广东省', '广东', '粤']), ['广东', '粤']);
		assert.deepEqual(minimalSpellings(['浙江', '浙']), ['浙江', '浙']);
	});
});

describe('ALIAS_GROUPS', () => {
	test('has a group for every region and every ministry', () => {
		for (const region of REGIONS) assert.equal(groupsForTerm(region.fullName)[0]?.entity?.slug, region.slug);
		for (const ministry of MINISTRIES) assert.equal(groupsForTerm(ministry.name)[0]?.entity?.slug, ministry.slug);
	});

	test('never gives one spelling to two entities', () => {
		const owners = new Map<string, string>();
		for (const group of ALIAS_GROUPS.filter((g) => g.entity)) {
			for (const spelling of [...group.spellings, ...group.abbreviations]) {
				const owner = owners.get(spelling);
				assert.ok(owner === undefined || owner === group.label, `${spelling}: ${owner} and ${group.label}`);
				owners.set(spelling, group.label);
			}
		}
	});

	test('uses unique ASCII slugs', () => {
		const slugs = ALIAS_GROUPS.flatMap((g) => (g.entity ? [g.entity.slug] : []));
		assert.equal(new Set(slugs).size, slugs.length);
		for (const slug of slugs) assert.match(slug, /^[a-z]+$/);
	});
});
