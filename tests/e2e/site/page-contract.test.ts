/**
 * Site-wide promises checked on every built file: every chapter of content/book.json has its page
 * at its url, every page is `<html lang="zh-CN">`, no page asks another host for anything, and
 * no script in <head> blocks the first render.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { listFiles, listPages, readPage, resolveReference, urlOfFile } from '../support/dist-files.ts';
import { blockingReason, type HtmlFacts, readHtmlFacts } from '../support/html-facts.ts';
import { ensureSiteBuilt } from '../support/build-site.ts';
import { allNodes, loadBook } from '../support/page-types.ts';
import { DIST } from '../support/paths.ts';
import { snapshotDist } from '../support/snapshot.ts';
import { assertNoProblems, type Problem } from '../support/report.ts';
import type { Book } from '../../../src/schemas/index.ts';

let book: Book;
let facts: Map<string, HtmlFacts>;
let byUrl: Map<string, HtmlFacts>;
let site: Awaited<ReturnType<typeof snapshotDist>>;

before(async () => {
	await ensureSiteBuilt();
	book = loadBook();
	site = await snapshotDist(DIST);
	facts = new Map(listPages(site.root).map((file) => [file, readHtmlFacts(readPage(file, site.root))]));
	byUrl = new Map([...facts].map(([file, page]) => [urlOfFile(file), page]));
});
after(() => site?.remove());

test('every part and chapter of book.json has its page at its url', () => {
	const nodes = allNodes(book);
	assert.equal(book.parts.length, 11);
	assert.ok(nodes.length >= 212, `book.json lists only ${nodes.length} nodes`);
	const problems: Problem[] = [];
	for (const { url, title } of [...book.parts, ...nodes]) {
		const [path = url, fragment] = url.split('#');
		const page = byUrl.get(path);
		if (!page) problems.push({ page: url, issue: `${title}: no page` });
		else if (fragment !== undefined && !page.ids.has(fragment)) problems.push({ page: url, issue: `${title}: no id "${fragment}"` });
	}
	assertNoProblems(problems, 'book.json entries without their page');
});

test('the cover and the 404 page exist', () => {
	assert.ok(facts.has('index.html'), 'no cover page');
	assert.ok(facts.has('404.html'), 'no 404.html');
});

test('every page is <html lang="zh-CN">', () => {
	const problems = [...facts].filter(([, page]) => page.lang !== 'zh-CN').map(([file, page]) => ({ page: urlOfFile(file), issue: `lang=${page.lang}` }));
	assertNoProblems(problems, 'pages without lang="zh-CN"');
});

test('no script in <head> blocks rendering', () => {
	const problems: Problem[] = [];
	for (const [file, page] of facts) {
		for (const script of page.headScripts) {
			const reason = blockingReason(script);
			if (reason) problems.push({ page: urlOfFile(file), issue: reason });
		}
	}
	assertNoProblems(problems, 'render-blocking scripts');
});

test('no page loads anything from another host', () => {
	const problems: Problem[] = [];
	for (const [file, page] of facts) {
		for (const reference of page.references) {
			if (!reference.fetched) continue;
			const target = resolveReference(reference.value, urlOfFile(file));
			if (target.kind === 'external') problems.push({ page: urlOfFile(file), issue: `<${reference.tag} ${reference.attribute}="${reference.value}">` });
		}
	}
	assertNoProblems(problems, 'resources from other hosts');
});

test('no stylesheet or script of dist/ fetches from another host (fonts, imports, CDNs)', () => {
	const problems: Problem[] = [];
	for (const file of listFiles(site.root, new Set(['pagefind']))) {
		if (!/\.(css|js|mjs)$/.test(file)) continue;
		const text = readPage(file, site.root);
		const css = file.endsWith('.css');
		// CSS: url(http…)/@import of another host. JS: static imports of absolute URLs.
		const pattern = css ? /(?:url\(\s*['"]?|@import\s+['"])(https?:)?\/\/[^'")\s]+/g : /\bimport\s*(?:\(\s*)?['"](?:https?:)?\/\/[^'"]+/g;
		for (const match of text.matchAll(pattern)) problems.push({ page: file, issue: match[0].slice(0, 120) });
	}
	assertNoProblems(problems, 'references to other hosts in CSS/JS');
});
