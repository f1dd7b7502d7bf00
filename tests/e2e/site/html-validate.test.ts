/**
 * Every built page is valid HTML by html-validate's recommended rules (config: ./htmlvalidate.json).
 * Off: rules about style only (boolean/empty attribute style, trailing whitespace, doctype case,
 * void style, title length) and inline style attributes, which Astro and ECharts' SVG emit.
 * Relaxed: ids may start with a digit (HTML allows it; headings such as 1基础环境指数 do), any
 * nameable element may carry aria-label (ARIA allows it), and a scroll box may be a
 * <div role="region"> (the usual accessible pattern for wide tables).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { type ConfigData, HtmlValidate } from 'html-validate';
import { listPages, readPage, urlOfFile } from '../support/dist-files.ts';
import { ensureSiteBuilt } from '../support/build-site.ts';
import { DIST } from '../support/paths.ts';
import { snapshotDist } from '../support/snapshot.ts';
import { assertNoProblems, type Problem } from '../support/report.ts';

const config = JSON.parse(readFileSync(new URL('./htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;

let site: Awaited<ReturnType<typeof snapshotDist>>;

before(async () => {
	await ensureSiteBuilt();
	site = await snapshotDist(DIST);
});
after(() => site?.remove());

test('html-validate finds no error in any built page', () => {
	const validator = new HtmlValidate(config);
	const pages = listPages(site.root);
	assert.ok(pages.length > 200, `only ${pages.length} pages`);
	const problems: Problem[] = [];
	for (const file of pages) {
		const report = validator.validateStringSync(readPage(file, site.root), file);
		for (const message of report.results.flatMap((result) => result.messages)) {
			// The selector, not the line, so one template's mistake on 200 pages reads as one problem.
			if (message.severity >= 2) problems.push({ page: urlOfFile(file), issue: `${message.ruleId}: ${message.message} at ${message.selector ?? '?'}` });
		}
	}
	assertNoProblems(problems, `html-validate errors in ${pages.length} pages`);
});
