/**
 * Readable failures for site-wide checks: one problem repeated on 200 pages is one line with a
 * count, not 200 lines, so the owner sees at once what to fix. Every problem fails the run.
 */
import assert from 'node:assert/strict';

/** One thing wrong on one page. */
export interface Problem {
	/** URL path of the page, e.g. `/regions/05/`. */
	page: string;
	/** What is wrong, worded the same way on every page it occurs. */
	issue: string;
}

/**
 * Groups problems by kind (see issueFamily), most frequent first, each shown by its first instance:
 * `issue — 202 pages, e.g. /a/, /b/, /c/`.
 * @param problems problems in any order
 * @param shown how many groups to list
 */
export function summarizeProblems(problems: readonly Problem[], shown = 30): string {
	const groups = new Map<string, { example: string; pages: string[] }>();
	for (const { page, issue } of problems) {
		const key = issueFamily(issue);
		const group = groups.get(key) ?? { example: issue, pages: [] };
		if (!group.pages.includes(page)) group.pages.push(page);
		groups.set(key, group);
	}
	const sorted = [...groups.values()].sort((a, b) => b.pages.length - a.pages.length || a.example.localeCompare(b.example));
	const lines = sorted.slice(0, shown).map(({ example, pages }) => {
		const where = pages.length === 1 ? pages[0] : `${pages.length} pages, e.g. ${pages.slice(0, 3).join(', ')}`;
		return `  ${example} — ${where}`;
	});
	if (sorted.length > shown) lines.push(`  … and ${sorted.length - shown} more kinds of problem`);
	return lines.join('\n');
}

/**
 * The issue with its numbers blanked, so `/tables/t001/` and `/tables/t002/`, or `nth-child(8)`
 * and `nth-child(9)`, count as one kind of problem.
 * @param issue a problem's wording
 */
export function issueFamily(issue: string): string {
	return issue.replace(/\d+/g, '#');
}

/**
 * Fails with a grouped summary when the check found any problem.
 * @param problems what the check found
 * @param what the check's subject, e.g. 'broken internal links'
 */
export function assertNoProblems(problems: readonly Problem[], what: string): void {
	if (problems.length === 0) return;
	assert.fail(`${problems.length} ${what}:\n${summarizeProblems(problems)}`);
}
