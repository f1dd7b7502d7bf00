import { REGIONS, type Region } from './regions.ts';
import { compactCjk } from './literal.ts';
import { MINISTRIES, ministryNames, type Ministry } from './ministries.ts';

/** How often each entity is named in a text, keyed by slug; entities not named are absent. */
export type MentionCounts = ReadonlyMap<string, number>;

interface Spelling {
	text: string;
	slug: string;
}

/**
 * One regex over every spelling, longest first, so that at each position the longest name wins
 * (新疆生产建设兵团 before 新疆, 国家发展改革委 before 发展改革委) and matches never overlap.
 * Names ending in 部 must not be followed by 门: 教育部门 / 农业部门 are "departments", not 教育部.
 */
function buildMatcher(spellings: Spelling[]): Matcher {
	const slugOf = new Map(spellings.map((s) => [s.text, s.slug]));
	const alternatives = [...slugOf.keys()]
		.sort((a, b) => b.length - a.length)
		.map((name) => (name.endsWith('部') ? `${name}(?!门)` : name));
	return { regex: new RegExp(alternatives.join('|'), 'gu'), slugOf, memo: new Map() };
}

const regionMatcher = buildMatcher(REGIONS.flatMap((region) => region.names.map((text) => ({ text, slug: region.slug }))));
const ministryMatcher = buildMatcher(
	MINISTRIES.flatMap((ministry) => ministryNames(ministry).map((text) => ({ text, slug: ministry.slug }))),
);

interface Matcher {
	regex: RegExp;
	slugOf: Map<string, string>;
	/**
	 * Counts already taken, by text. The 75 hub pages and the search facets ask the same matcher
	 * about the same 212 chapter texts; one scan per text keeps that from dominating the build.
	 * Callers must not mutate the maps they get back.
	 */
	memo: Map<string, MentionCounts>;
}

function count(text: string, matcher: Matcher): MentionCounts {
	const known = matcher.memo.get(text);
	if (known) return known;
	const counts = new Map<string, number>();
	// Spaces inside names are line-wrap damage (北 京); the book never needs them for a match.
	for (const match of compactCjk(text).matchAll(matcher.regex)) {
		const slug = matcher.slugOf.get(match[0]);
		if (slug !== undefined) counts.set(slug, (counts.get(slug) ?? 0) + 1);
	}
	matcher.memo.set(text, counts);
	return counts;
}

/** Count mentions of each region (by slug) in a text. */
export function countRegionMentions(text: string): MentionCounts {
	return count(text, regionMatcher);
}

/** Count mentions of each ministry or agency (by slug) in a text. */
export function countMinistryMentions(text: string): MentionCounts {
	return count(text, ministryMatcher);
}

/**
 * The entities a page is about, most mentioned first: those named in its title, and those named at
 * least `minMentions` times in its text. A single passing mention (one province in a list of
 * examples) does not make a page "about" it.
 */
export function entitiesAbout(textCounts: MentionCounts, titleCounts: MentionCounts, minMentions = 2): string[] {
	const slugs = new Set([...titleCounts.keys(), ...textCounts.keys()]);
	return [...slugs]
		.filter((slug) => titleCounts.has(slug) || (textCounts.get(slug) ?? 0) >= minMentions)
		.sort((a, b) => (titleCounts.has(b) ? 1 : 0) - (titleCounts.has(a) ? 1 : 0) || (textCounts.get(b) ?? 0) - (textCounts.get(a) ?? 0));
}

const regionBySlug = new Map(REGIONS.map((region) => [region.slug, region]));
const ministryBySlug = new Map(MINISTRIES.map((ministry) => [ministry.slug, ministry]));

/** Look up a region by slug. */
export function regionOf(slug: string): Region | undefined {
	return regionBySlug.get(slug);
}

/** Look up a ministry by slug. */
export function ministryOf(slug: string): Ministry | undefined {
	return ministryBySlug.get(slug);
}
