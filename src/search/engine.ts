import { parseQuery, spellingCombinations, type ParsedQuery } from './parse-query.ts';
import { containsAllTerms } from './literal.ts';
import { groupsForTerm } from './aliases.ts';
import { ministryOf } from './detect-entities.ts';
import { rankHits } from './rank.ts';
import { makeExcerpt, withHighlight } from './excerpt.ts';
import type { PageDirectory } from './page-directory.ts';
import { segmentText } from './presegment.ts';

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

/** A result known from the index and the page directory alone: enough to rank and list it. */
export interface RankedResult {
	id: string;
	/** Page URL and title from the page directory ('' when there is none). */
	url: string;
	title: string;
	part: string;
	/** Size of the page's Pagefind fragment (what `details` loads), gzipped; 0 when unknown. */
	fragmentBytes: number;
	/** Confirmed by exact-phrase searches to contain every term (no fragment needed). */
	phrase: boolean;
	navigation: boolean;
	/** Position in Pagefind's ranked word search. */
	order: number;
	result: PagefindResult;
}

export interface SubHit {
	title: string;
	url: string;
	excerptHtml: string;
}

/** A result with what is shown of it: excerpt, types, sub-results (needs the page's fragment). */
export interface SearchHit {
	url: string;
	title: string;
	part: string;
	types: string[];
	excerptHtml: string;
	subResults: SubHit[];
	/** The page text contains every term (false only for an unconfirmed candidate). */
	literal: boolean;
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
	/** Pages that contain the query, best first. */
	results: RankedResult[];
	/** Word-search candidates the phrase searches did not confirm, still to be checked. */
	unconfirmed(): number;
	/** Check unconfirmed candidates (loading their text) until `count` more literal ones are found. */
	confirmMore(count: number): Promise<RankedResult[]>;
	/** Excerpt, types and sub-results of a result (loads its fragment once). */
	details(result: RankedResult): Promise<SearchHit>;
}

export interface SearchOptions {
	/** Stop checking unconfirmed candidates after this many in a row fail the literal test. */
	maxMisses?: number;
	/** Base path of the site, for hub links. */
	base?: string;
	/** Titles of all pages by result id: lets every result be ranked and listed before any is loaded. */
	directory?: PageDirectory;
}

/**
 * Search the book. For every term, exact-phrase searches over all its spellings find the pages that
 * literally contain it (the index is pre-segmented like the query, so the words line up: 66 of 67
 * pages for 工业和信息化部, no false hits); their intersection is the answer, ranked title-first and
 * then by Pagefind's ranked word search. Word-search results the phrases did not confirm are only
 * shown once their text has been checked, so a query that no page contains gives no results at all
 * rather than Pagefind's fuzzy fallback.
 */
export async function searchBook(api: PagefindApi, input: string, filters: Filters = {}, options: SearchOptions = {}): Promise<SearchSession> {
	const query = parseQuery(input);
	const searchOptions = Object.keys(filters).length > 0 ? { filters } : {};
	const directory = options.directory ?? {};
	const ownTitles = ownChapterTitles(query);
	const highlight = [...new Set(query.terms.flat())];
	const { confirmed, unconfirmed } = await findCandidates(api, query, searchOptions);
	const describe = (result: PagefindResult, phrase: boolean, order: number): RankedResult => {
		const [url, title, part, fragmentBytes = 0] = directory[result.id] ?? ['', '', ''];
		return { id: result.id, url, title, part, fragmentBytes, phrase, navigation: directory[result.id] !== undefined && part === '', order, result };
	};
	const results = rankHits(
		confirmed.map((c) => describe(c.result, true, c.order)),
		query.terms,
		ownTitles,
	);
	const pending = unconfirmed.map((c) => describe(c.result, false, c.order));
	const cache = new Map<string, Promise<{ hit: SearchHit; data: PagefindData }>>();
	const load = (r: RankedResult) => {
		let entry = cache.get(r.id);
		if (!entry) {
			entry = r.result.data().then((data) => ({ data, hit: toHit(data, query, highlight, r.phrase) }));
			cache.set(r.id, entry);
		}
		return entry;
	};
	const maxMisses = options.maxMisses ?? 4;

	return {
		query,
		entities: entityCards(query, options.base ?? '/'),
		results,
		unconfirmed: () => pending.length,
		async confirmMore(count) {
			const found: RankedResult[] = [];
			let misses = 0;
			while (pending.length > 0 && found.length < count && misses < maxMisses) {
				const batch = pending.splice(0, Math.min(count - found.length, maxMisses - misses));
				const loaded = await Promise.all(batch.map(async (r) => ({ r, entry: await load(r) })));
				for (const { r, entry } of loaded) {
					if (entry.hit.literal) {
						found.push({ ...r, url: r.url || entry.data.url, title: r.title || entry.hit.title });
						misses = 0;
					} else {
						misses += 1;
					}
				}
			}
			if (misses >= maxMisses) pending.length = 0;
			results.push(...found);
			return found;
		},
		details: async (r) => (await load(r)).hit,
	};
}

interface Candidate {
	result: PagefindResult;
	order: number;
}

async function findCandidates(api: PagefindApi, query: ParsedQuery, options: { filters?: Filters }): Promise<{ confirmed: Candidate[]; unconfirmed: Candidate[] }> {
	if (query.terms.length === 0) {
		if (!options.filters) return { confirmed: [], unconfirmed: [] };
		const browse = await api.search(null, options);
		return { confirmed: (browse?.results ?? []).map((result, order) => ({ result, order })), unconfirmed: [] };
	}
	// Pagefind drops punctuation from a phrase (互联网+ → 互联网): such terms need a text check.
	const exactTerms = query.terms.filter((spellings) => spellings.every((s) => !/[\p{P}\p{S}]/u.test(s)));
	const [phraseSets, wordLists] = await Promise.all([
		Promise.all(
			exactTerms.map(async (spellings) => {
				// Segmented exactly as the index was (src/search/presegment.ts), so the words line up.
				const lists = await Promise.all(spellings.map((s) => api.search(`"${segmentText(s)}"`, options)));
				return new Map(lists.flatMap((list) => list?.results ?? []).map((r) => [r.id, r]));
			}),
		),
		Promise.all(spellingCombinations(query.terms).map((combo) => api.search(segmentText(combo.join(' ')), options))),
	]);
	const ranked = uniqueById(wordLists.flatMap((list) => list?.results ?? []).sort((a, b) => b.score - a.score));
	const everyTermExact = exactTerms.length === query.terms.length;
	const isConfirmed = (id: string) => everyTermExact && phraseSets.every((set) => set.has(id));
	const confirmed: Candidate[] = [];
	const unconfirmed: Candidate[] = [];
	ranked.forEach((result, order) => (isConfirmed(result.id) ? confirmed : unconfirmed).push({ result, order }));
	// Phrase hits the word search missed (rare): they are literal, so list them after the ranked ones.
	const seen = new Set(ranked.map((r) => r.id));
	for (const [id, result] of phraseSets[0] ?? []) {
		if (!seen.has(id) && isConfirmed(id)) confirmed.push({ result, order: ranked.length + confirmed.length });
	}
	// A quoted query is exact by definition: word-only candidates would be loose matches.
	return { confirmed, unconfirmed: query.phrase ? [] : unconfirmed };
}

function uniqueById(results: PagefindResult[]): PagefindResult[] {
	const seen = new Set<string>();
	return results.filter((result) => !seen.has(result.id) && seen.add(result.id) !== undefined);
}

/** What is shown of a result; `confirmed`: the phrase searches already proved it literal. */
function toHit(data: PagefindData, query: ParsedQuery, highlight: string[], confirmed: boolean): SearchHit {
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
		literal: confirmed || query.terms.length === 0 || containsAllTerms(`${data.meta['title'] ?? ''}\n${data.content}\n${data.meta['aliases'] ?? ''}`, query.terms),
	};
}

function stripTags(html: string): string {
	return html.replace(/<[^>]*>/g, '');
}

function entityCards(query: ParsedQuery, base: string): EntityCard[] {
	if (query.phrase) return [];
	const cards = query.terms.flatMap((spellings) =>
		groupsForTerm(spellings[0] ?? '').flatMap((group) =>
			group.entity ? [{ ...group.entity, label: group.label, url: `${base}${group.entity.kind}/${group.entity.slug}/` }] : [],
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
