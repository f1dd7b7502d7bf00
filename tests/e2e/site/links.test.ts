/**
 * Every internal link, asset and #anchor written in every built page resolves to a file of dist/
 * and, for anchors, to an id on the target page. Read from the files: no browser needed.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { distFileChecker, fileForPath, listPages, readPage, resolveReference, urlOfFile } from '../support/dist-files.ts';
import { type HtmlFacts, readHtmlFacts } from '../support/html-facts.ts';
import { ensureSiteBuilt } from '../support/build-site.ts';
import { DIST } from '../support/paths.ts';
import { snapshotDist } from '../support/snapshot.ts';
import { assertNoProblems, type Problem } from '../support/report.ts';

/** Fragments a browser handles without any id: the top of the page. */
const BUILT_IN_FRAGMENTS = new Set(['', 'top']);

let facts: Map<string, HtmlFacts>;
let site: Awaited<ReturnType<typeof snapshotDist>>;

before(async () => {
	await ensureSiteBuilt();
	site = await snapshotDist(DIST);
	facts = new Map(listPages(site.root).map((file) => [file, readHtmlFacts(readPage(file, site.root))]));
});
after(() => site?.remove());

test('the site has pages to check', () => {
	assert.ok(facts.size > 200, `only ${facts.size} HTML pages in dist/`);
});

/** Every link and asset reference of every built page, with the page's URL and the resolved target. */
function* allReferences() {
	for (const [file, page] of facts) {
		const pageUrl = urlOfFile(file);
		for (const reference of page.references) yield { pageUrl, reference, target: resolveReference(reference.value, pageUrl) };
	}
}

test('every internal link and asset points at a file of dist/', () => {
	const isFile = distFileChecker(site.root);
	const problems: Problem[] = [];
	let checked = 0;
	for (const { pageUrl, reference, target } of allReferences()) {
		if (target.kind !== 'internal') continue;
		checked++;
		if (!fileForPath(target.path, isFile)) {
			problems.push({ page: pageUrl, issue: `<${reference.tag} ${reference.attribute}="${target.path}"> has no file` });
		}
	}
	assert.ok(checked > 1000, `only ${checked} internal references found`);
	assertNoProblems(problems, `broken internal references (of ${checked})`);
});

test('no internal link needs a redirect (trailing slash on every page URL)', () => {
	const isFile = distFileChecker(site.root);
	const problems: Problem[] = [];
	for (const { pageUrl, reference, target } of allReferences()) {
		if (target.kind !== 'internal' || target.path.endsWith('/')) continue;
		// `/regions/05` is served by regions/05/index.html only through a 301 to `/regions/05/`.
		if (fileForPath(target.path, isFile)?.endsWith(`${target.path.replace(/^\//, '')}/index.html`)) {
			problems.push({ page: pageUrl, issue: `<${reference.tag} ${reference.attribute}="${target.path}"> redirects to ${target.path}/` });
		}
	}
	assertNoProblems(problems, 'links that redirect');
});

test('every link is a well-formed URL', () => {
	const problems: Problem[] = [];
	for (const { pageUrl, reference, target } of allReferences()) {
		if (target.kind === 'malformed') {
			problems.push({ page: pageUrl, issue: `<${reference.tag} ${reference.attribute}="${reference.value.slice(0, 80)}…"> is not a URL` });
		}
	}
	assertNoProblems(problems, 'malformed URLs');
});

test('every #anchor lands on an id of its target page', () => {
	const isFile = distFileChecker(site.root);
	const problems: Problem[] = [];
	let checked = 0;
	for (const { pageUrl, target } of allReferences()) {
		if (target.kind !== 'internal' || target.fragment === null || BUILT_IN_FRAGMENTS.has(target.fragment)) continue;
		const targetFile = fileForPath(target.path, isFile);
		const targetFacts = targetFile ? facts.get(targetFile) : undefined;
		if (!targetFacts) continue; // a missing page is the first test's failure; non-HTML files have no ids
		checked++;
		if (!targetFacts.ids.has(target.fragment)) problems.push({ page: pageUrl, issue: `${target.path}#${target.fragment}: no such id` });
	}
	assert.ok(checked > 100, `only ${checked} anchors found`);
	assertNoProblems(problems, `broken anchors (of ${checked})`);
});

test('no page uses the same id twice (anchors would be ambiguous)', () => {
	const problems = [...facts].flatMap(([file, page]) => page.duplicateIds.map((id) => ({ page: urlOfFile(file), issue: `id "${id}" twice` })));
	assertNoProblems(problems, 'duplicate ids');
});
