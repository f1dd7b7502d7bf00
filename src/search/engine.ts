import { parseQuery, spellingCombinations, type ParsedQuery } from './parse-query.ts';
import { containsAllTerms } from './literal.ts';
import { groupsForTerm } from './aliases.ts';
import { ministryOf } from './detect-entities.ts';
import { rankHits } from './rank.ts';
import { makeExcerpt, withHighlight } from './excerpt.ts';
import type { PageDirectory } from './page-directory.ts';

/** The part of Pagefind's result data we use (pagefind.js `data()`). */
export interface PagefindData {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[]>;
	sub_results?: Array<{ title: string; url: string; excerpt?: string; plain_excerpt?: string }>;
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}

export type Filters = Record<string, string[]>;

/** The part of the Pagefind JS API we use; a fake of it drives the unit tests. */
export interface PagefindApi {
	search(term: string | null, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
}

export interface SubHit {
	title: string;
	url: string;
	excerptHtml: string;
}

export interface SearchHit {
	url: string;
	title: string;
	part: string;
	types: string[];
	excerptHtml: string;
	subResults: SubHit[];
}

/** A region or ministry the query names: shown as a link to its hub above the results. */
export interface EntityCard {
	kind: 'region' | 'ministry';
	slug: string;
	label: string;
	url: string;
}

export interface SearchSession {
	query: ParsedQuery;
	entities: EntityCard[];
	/** Pagefind candidates before the literal check (an upper bound on what `next` can return). */
	candidateCount: number;
	/** Load the next `count` literal hits; fewer (or none) when the candidates run out. */
	next(count: number): Promise<SearchHit[]>;
	/** True once every candidate has been checked or the fuzzy tail has been given up. */
	done(): boolean;
}

interface Candidate {
	result: PagefindResult;
	phrase: boolean;
	order: number;
	/** From the page directory: a part landing page or other navigation page. */
	navigation?: boolean;
}

export interface SearchOptions {
	/** Stop checking non-phrase candidates after this many in a row fail the literal test. */
	maxMisses?: number;
	/** Base path of the site, for hub links. */
	base?: string;
	/** Titles of all pages by result id: lets every candidate be ranked before any is loaded. */
	directory?: PageDirectory;
}

/**
 * Search the book: Pagefind finds candidates (exact-phrase searches for every spelling of the
 * query first, then ordinary word searches); each candidate is loaded and kept only if it
 * literally contains every term in one of its spellings; hits are ranked title-first. A query no
 * page contains gives no hits at all, rather than Pagefind's fuzzy fallback.
 */
export async function searchBook(api: PagefindApi, input: string, filters: Filters = {}, options: SearchOptions = {}): Promise<SearchSession> {
	const query = parseQuery(input);
	const maxMisses = options.maxMisses ?? 4;
	const searchOptions = Object.keys(filters).length > 0 ? { filters } : {};
	const ownTitles = ownChapterTitles(query);
	const candidates = rankCandidates(await findCandidates(api, query, searchOptions), query, ownTitles, options.directory);
	const browsing = query.terms.length === 0;
	const highlight = [...new Set(query.terms.flat())];
	let cursor = 0;
	let misses = 0;
	let finished = candidates.length === 0;

	async function next(count: number): Promise<SearchHit[]> {
		const kept: Array<{ hit: SearchHit; title: string; phrase: boolean; order: number; navigation: boolean }> = [];
		while (!finished && kept.length < count) {
			const batch = candidates.slice(cursor, cursor + Math.max(count - kept.length, 4));
			cursor += batch.length;
			const loaded = await Promise.all(batch.map(async (c) => ({ c, data: await c.result.data() })));
			for (const { c, data } of loaded) {
				const literal = browsing || containsAllTerms(`${data.meta['title'] ?? ''}\n${data.content}\n${data.meta['aliases'] ?? ''}`, query.terms);
				if (literal) {
					misses = 0;
					const hit = toHit(data, query, highlight);
					kept.push({ hit, title: hit.title, phrase: c.phrase, order: c.order, navigation: c.navigation ?? false });
				} else if (!c.phrase) {
					misses += 1;
				}
			}
			const tailOnly = candidates.slice(cursor).every((c) => !c.phrase);
			if (cursor >= candidates.length || (tailOnly && misses >= maxMisses)) finished = true;
		}
		// Without a page directory the candidates came in Pagefind's order: rank what was loaded.
		return rankHits(kept, query.terms, ownTitles).map((k) => k.hit);
	}

	return {
		query,
		entities: entityCards(query, options.base ?? '/'),
		candidateCount: candidates.length,
		next,
		done: () => finished,
	};
}

async function findCandidates(api: PagefindApi, query: ParsedQuery, options: { filters?: Filters }): Promise<Candidate[]> {
	if (query.terms.length === 0) {
		if (!options.filters) return [];
		const browse = await api.search(null, options);
		return (browse?.results ?? []).map((result, order) => ({ result, phrase: true, order }));
	}
	const combos = spellingCombinations(query.terms);
	// Exact-sequence searches (one term or a quoted phrase) find exactly the pages that contain it:
	// the index is pre-segmented like the query, so the words line up (measured: 66 of 67 pages for
	// 工业和信息化部, no false hits). Pagefind returns them unranked, so the ordinary word search,
	// which is ranked, orders them.
	const phraseTerms = query.terms.length === 1 ? combos.map((c) => `"${c[0]}"`) : [];
	const wordTerms = combos.map((c) => c.join(' '));
	const [phraseLists, wordLists] = await Promise.all([
		Promise.all(phraseTerms.map((t) => api.search(t, options))),
		Promise.all(wordTerms.map((t) => api.search(t, options))),
	]);
	const ranked = uniqueById(wordLists.flatMap((list) => list?.results ?? []).sort((a, b) => b.score - a.score));
	const position = new Map(ranked.map((result, i) => [result.id, i]));
	const exact = uniqueById(phraseLists.flatMap((list) => list?.results ?? []));
	const exactIds = new Set(exact.map((result) => result.id));
	const phraseFirst = exact
		.map((result) => ({ result, phrase: true, order: position.get(result.id) ?? ranked.length }))
		.sort((a, b) => a.order - b.order);
	// A quoted query is exact by definition: word-only candidates would be loose matches.
	const looser = query.phrase ? [] : ranked.filter((result) => !exactIds.has(result.id)).map((result) => ({ result, phrase: false, order: position.get(result.id) ?? 0 }));
	return [...phraseFirst, ...looser];
}

function uniqueById(results: PagefindResult[]): PagefindResult[] {
	const seen = new Set<string>();
	return results.filter((result) => !seen.has(result.id) && seen.add(result.id) !== undefined);
}

/** Put title hits first across all candidates, when the page directory tells us the titles. */
function rankCandidates(candidates: Candidate[], query: ParsedQuery, ownTitles: string[], directory?: PageDirectory): Candidate[] {
	if (!directory || query.terms.length === 0) return candidates;
	const described = candidates.map((c) => {
		const entry = directory[c.result.id];
		return { ...c, title: entry?.[1] ?? '', navigation: entry !== undefined && entry[2] === '' };
	});
	return rankHits(described, query.terms, ownTitles);
}

function toHit(data: PagefindData, query: ParsedQuery, highlight: string[]): SearchHit {
	const pageUrl = data.url;
	const subResults = (data.sub_results ?? [])
		.filter((sub) => sub.url !== pageUrl && containsAllTerms(`${sub.title}\n${sub.plain_excerpt ?? stripTags(sub.excerpt ?? '')}`, query.terms))
		.slice(0, 3)
		.map((sub) => ({
			title: sub.title,
			url: withHighlight(sub.url, highlight),
			excerptHtml: makeExcerpt(sub.plain_excerpt ?? stripTags(sub.excerpt ?? ''), query.terms, 60),
		}));
	return {
		url: withHighlight(pageUrl, highlight),
		title: data.meta['title'] ?? pageUrl,
		part: data.meta['part'] ?? data.filters?.['篇']?.[0] ?? '',
		types: data.filters?.['类型'] ?? [],
		excerptHtml: makeExcerpt(data.content, query.terms),
		subResults,
	};
}

function stripTags(html: string): string {
	return html.replace(/<[^>]*>/g, '');
}

function entityCards(query: ParsedQuery, base: string): EntityCard[] {
	if (query.phrase) return [];
	const cards = query.terms.flatMap((spellings) =>
		groupsForTerm(spellings[0] ?? '').flatMap((group) =>
			group.entity
				? [{ ...group.entity, label: group.label, url: `${base}${group.entity.kind}/${group.entity.slug}/` }]
				: [],
		),
	);
	return cards.filter((card, i) => cards.findIndex((c) => c.url === card.url) === i);
}

/** The 部委篇 chapter of a ministry the query names (教育部 → 教育信息化发展概况). */
function ownChapterTitles(query: ParsedQuery): string[] {
	return query.terms.flatMap((spellings) =>
		groupsForTerm(spellings[0] ?? '').flatMap((group) => {
			const ministry = group.entity?.kind === 'ministry' ? ministryOf(group.entity.slug) : undefined;
			return ministry?.chapterTitle ? [ministry.chapterTitle] : [];
		}),
	);
}
