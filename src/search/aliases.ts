import { REGIONS } from './regions.ts';
import { MINISTRIES, ministryNames } from './ministries.ts';
import { matchable } from './literal.ts';
import { segmentText } from './presegment.ts';

/** A set of spellings that name the same thing; `entity` links it to a hub page. */
export interface AliasGroup {
	/** The name to show (广东省, 工业和信息化部 …). */
	label: string;
	spellings: string[];
	/** One-character 简称 accepted only as a whole query, never added to other queries. */
	abbreviations: string[];
	entity?: { kind: 'region' | 'ministry'; slug: string };
}

/** Names that are not entities but that readers type in two ways. */
const TERM_GROUPS: readonly string[][] = [
	['两化融合', '信息化和工业化融合', '信息化与工业化融合', '信息化和工业化深度融合'],
	['网络安全法', '中华人民共和国网络安全法'],
	['互联网+', '互联网加'],
	['ICT', '信息通信技术', '信息和通信技术'],
	['大事记', '信息化大事记'],
];

/** The curated alias table: every region, every ministry, and a few common terms. */
export const ALIAS_GROUPS: readonly AliasGroup[] = [
	...REGIONS.map((region) => ({
		label: region.fullName,
		spellings: region.names,
		abbreviations: region.abbreviations,
		entity: { kind: 'region' as const, slug: region.slug },
	})),
	...MINISTRIES.map((ministry) => ({
		label: ministry.name,
		spellings: ministryNames(ministry),
		abbreviations: [],
		entity: { kind: 'ministry' as const, slug: ministry.slug },
	})),
	...TERM_GROUPS.map((spellings) => ({ label: spellings[0] ?? '', spellings, abbreviations: [] })),
];

const groupsBySpelling = new Map<string, AliasGroup[]>();
for (const group of ALIAS_GROUPS) {
	for (const spelling of [...group.spellings, ...group.abbreviations]) {
		const key = matchable(spelling);
		groupsBySpelling.set(key, [...(groupsBySpelling.get(key) ?? []), group]);
	}
}

/** Alias groups whose spelling (or 简称) is exactly this term. */
export function groupsForTerm(term: string): AliasGroup[] {
	return groupsBySpelling.get(matchable(term)) ?? [];
}

/** Ministry abbreviations, longest first, for replacement inside a longer term (工信部发布 …). */
const ministryAbbreviations = MINISTRIES.flatMap((ministry) =>
	ministry.aliases.filter((alias) => alias.length >= 3).map((alias) => ({ alias, name: ministry.name })),
).sort((a, b) => b.alias.length - a.alias.length);

/**
 * The spellings a query term stands for: the term itself, the other spellings of its alias group
 * (工信部 → 工业和信息化部; 内蒙古自治区 → 内蒙古), and, for a longer term that contains a
 * ministry abbreviation, the term with the official name in its place. Spellings that contain
 * another spelling are dropped, since a literal match of the shorter one covers them.
 */
export function expandTerm(term: string): string[] {
	const spellings = [term];
	for (const group of groupsForTerm(term)) spellings.push(...group.spellings);
	const hit = ministryAbbreviations.find(({ alias }) => term.includes(alias) && term !== alias);
	if (hit) spellings.push(term.replace(hit.alias, hit.name));
	return minimalSpellings(spellings);
}

/**
 * Drop duplicates, and any spelling that contains another one word for word (广东省 = 广东 + 省):
 * a search for the shorter finds it too. 浙江 is kept beside 浙, because 浙江 is one word and a
 * search for the word 浙 would not find it.
 */
export function minimalSpellings(spellings: readonly string[]): string[] {
	const unique = [...new Set(spellings.map((s) => s.trim()).filter(Boolean))];
	const words = unique.map((s) => segmentText(matchable(s)).split(/\s+/u));
	return unique.filter((_, i) => !words.some((other, j) => j !== i && other.length < words[i]!.length && containsRun(words[i]!, other)));
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
	return words.some((_, start) => run.every((word, k) => words[start + k] === word));
}
