/**
 * One page of each kind, loaded in Chromium in light mode, dark mode and on a phone: axe-core finds
 * no serious or critical violation, the page logs no error, and it asks no host but this one for
 * anything — also after scrolling to the end, when lazy parts (charts, search) have loaded.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { consoleErrors, externalRequests, openSite, type PageOptions, type Site } from '../harness.ts';
import { type PageKind, representativePages } from '../support/page-types.ts';
import { scrollThrough } from '../../../scripts/bench/page-weight.ts';
import { ensureSiteBuilt } from '../support/build-site.ts';
import { assertNoProblems, type Problem } from '../support/report.ts';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.1 A/AA plus axe's best practices; only serious and critical findings fail. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: Array<{ target: unknown[] }>;
}

/**
 * Serious and critical axe-core violations on the loaded page, one line each.
 * @param page a loaded page
 */
async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: AXE_SCRIPT });
	const violations = await page.evaluate(async (tags) => {
		const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return result.violations;
	}, AXE_TAGS);
	return violations
		.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
		.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${JSON.stringify(v.nodes[0]?.target)})`);
}

let site: Site;
let pages: Record<PageKind, string | null>;

before(async () => {
	await ensureSiteBuilt();
	pages = representativePages();
	site = await openSite({ build: false });
});
after(() => site?.close());

test('the book has every kind of reading page', () => {
	for (const kind of ['part', 'chapter', 'table-heavy chapter', 'chronicle', 'law', 'persons'] as const) {
		assert.ok(pages[kind], `no ${kind} found in book.json`);
	}
});

const KINDS: PageKind[] = [
	'cover',
	'part',
	'chapter',
	'table-heavy chapter',
	'chronicle',
	'law',
	'persons',
	'table page',
	'data catalogue',
	'search',
	'hub',
	'hub index',
	'front matter',
	'errata',
	'print',
	'404',
];

/** Desktop in both colour schemes (contrast differs), and a phone (layout, target sizes differ). */
const VARIANTS: Array<{ name: string; options: PageOptions }> = [
	{ name: 'light mode', options: { colorScheme: 'light' } },
	{ name: 'dark mode', options: { colorScheme: 'dark' } },
	{ name: '390 px phone', options: { viewport: { width: 390, height: 844 } } },
];

for (const variant of VARIANTS) {
	describe(variant.name, () => {
		for (const kind of KINDS) {
			test(kind, async (t) => {
				const path = pages[kind];
				if (!path) {
					t.skip(`the site has no ${kind} page yet`);
					return;
				}
				t.diagnostic(path);
				const page = await site.page(path, variant.options);
				try {
					const axe: Problem[] = (await axeViolations(page)).map((issue) => ({ page: path, issue }));
					await scrollThrough(page);
					await page.waitForLoadState('networkidle');
					const other: Problem[] = [
						...externalRequests(page).map((url) => ({ page: path, issue: `request to another host: ${url}` })),
						...consoleErrors(page).map((issue) => ({ page: path, issue })),
					];
					assertNoProblems(axe, `serious or critical axe violations (${variant.name})`);
					assertNoProblems(other, `errors or external requests (${variant.name})`);
				} finally {
					await page.context().close();
				}
			});
		}
	});
}
