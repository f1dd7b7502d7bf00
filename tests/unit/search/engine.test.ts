import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { searchBook, type PagefindApi, type PagefindData, type PagefindResult } from '../../../src/search/engine.ts';
import type { PageDirectory } from '../../../src/search/page-directory.ts';

interface FakePage {
	id: string;
	url: string;
	title: string;
	text: string;
	part?: string;
}

/**
 * A stand-in for pagefind.js over a few pages: a quoted term matches pages whose text contains it
 * (what the pre-segmented index gives), an unquoted query matches pages containing any character
 * of it (Pagefind's fuzzy fallback at its worst), ranked by how many of those characters occur.
 */
function fakePagefind(pages: FakePage[]): PagefindApi & { loaded: string[] } {
	const loaded: string[] = [];
	const result = (page: FakePage, score: number): PagefindResult => ({
		id: page.id,
		score,
		data: async (): Promise<PagefindData> => {
			loaded.push(page.id);
			return { url: page.url, content: page.text, meta: { title: page.title, part: page.part ?? '' }, filters: { 类型: ['章节'] } };
		},
	});
	return {
		loaded,
		async search(term) {
			if (term === null) return { results: pages.map((p) => result(p, 1)) };
			const quoted = /^"(.*)"$/.exec(term);
			if (quoted) return { results: pages.filter((p) => p.text.includes(quoted[1]!.replace(/ /g, ''))).map((p) => result(p, 1)) };
			const chars = [...term.replace(/\s/g, '')];
			const scored = pages.map((p) => ({ p, n: chars.filter((c) => p.text.includes(c)).length })).filter((x) => x.n > 0);
			return { results: scored.sort((a, b) => b.n - a.n).map((x) => result(x.p, x.n)) };
		},
	};
}

const PAGES: FakePage[] = [
	{ id: 'a', url: '/overview/01/', title: '中国信息化发展概况', text: '工业和信息化部发布了规划。广东电子商务发展快。', part: '综述篇' },
	{ id: 'b', url: '/regions/18/', title: '广东省信息化发展概况', text: '广东省电子商务交易额增长，工信部支持广东。', part: '地区发展篇' },
	{ id: 'c', url: '/ministries/01/', title: '教育信息化发展概况', text: '教育部推进教育信息化。', part: '部委篇' },
	{ id: 'd', url: '/studies/01/', title: '智能制造的三个支点', text: '智能制造需要工业互联网。', part: '专题研究篇' },
];
const DIRECTORY: PageDirectory = Object.fromEntries(PAGES.map((p) => [p.id, [p.url, p.title, p.part ?? '']]));

describe('searchBook', () => {
	test('lists only pages that contain the query, title hits first', async () => {
		const session = await searchBook(fakePagefind(PAGES), '广东', {}, { directory: DIRECTORY });
		assert.deepEqual(session.results.map((r) => r.url), ['/regions/18/', '/overview/01/']);
	});

	test('finds a ministry through its abbreviation and offers its hub', async () => {
		const session = await searchBook(fakePagefind(PAGES), '工信部', {}, { directory: DIRECTORY });
		assert.deepEqual(new Set(session.results.map((r) => r.url)), new Set(['/overview/01/', '/regions/18/']));
		assert.deepEqual(session.entities.map((e) => e.url), ['/ministry/miit/']);
	});

	test("ranks a ministry's own 部委篇 chapter first", async () => {
		const session = await searchBook(fakePagefind(PAGES), '教育部', {}, { directory: DIRECTORY });
		assert.equal(session.results[0]?.url, '/ministries/01/');
	});

	test('requires every term of a multi-word query', async () => {
		const session = await searchBook(fakePagefind(PAGES), '规划 广东', {}, { directory: DIRECTORY });
		assert.deepEqual(session.results.map((r) => r.url), ['/overview/01/']);
	});

	test('returns nothing for a non-word, after checking only a few fuzzy candidates', async () => {
		const api = fakePagefind(PAGES);
		const session = await searchBook(api, '不存在的词', {}, { directory: DIRECTORY, maxMisses: 2 });
		assert.deepEqual(session.results, []);
		assert.deepEqual(await session.confirmMore(10), []);
		assert.ok(api.loaded.length <= 2, `loaded ${api.loaded.length} fragments`);
		assert.equal(session.unconfirmed(), 0);
	});

	test('keeps a quoted phrase exact: no loose candidates at all', async () => {
		const session = await searchBook(fakePagefind(PAGES), '"信息化工业"', {}, { directory: DIRECTORY });
		assert.deepEqual(session.results, []);
		assert.equal(session.unconfirmed(), 0);
	});

	test('checks terms with punctuation against the text, since Pagefind drops it', async () => {
		const pages = [...PAGES, { id: 'e', url: '/policy/06/', title: '规划', text: '推进“互联网+”行动。' }];
		const directory = { ...DIRECTORY, e: ['/policy/06/', '规划', '政策法规篇'] as [string, string, string] };
		const session = await searchBook(fakePagefind(pages), '互联网+', {}, { directory });
		assert.deepEqual(session.results, []);
		const found = await session.confirmMore(5);
		assert.deepEqual(found.map((r) => r.url), ['/policy/06/']);
	});

	test('gives an excerpt with the query marked and highlight links', async () => {
		const session = await searchBook(fakePagefind(PAGES), '电子商务', {}, { directory: DIRECTORY });
		const first = session.results[0];
		assert.ok(first);
		const hit = await session.details(first);
		assert.match(hit.excerptHtml, /<mark>电子商务<\/mark>/);
		assert.ok(hit.url.includes(`hl=${encodeURIComponent('电子商务')}`));
		assert.equal(hit.literal, true);
	});
});
