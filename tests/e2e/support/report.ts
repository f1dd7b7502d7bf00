/**
 * Readable failures for site-wide checks: one problem repeated on 200 pages is one line with a
 * count, not 200 lines, so the owner sees at once what to fix.
 *
 * tests/e2e/site/known-issues.json may list problems that are known, owned and being fixed. They
 * are printed as test diagnostics (never hidden) instead of failing the run; an entry that no
 * longer matches anything is reported so it can be deleted. Keep it empty whenever possible.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** One thing wrong on one page. */
export interface Problem {
	/** URL path of the page, e.g. `/regions/05/`. */
	page: string;
	/** What is wrong, worded the same way on every page it occurs. */
	issue: string;
}

/** A known problem: which check, a substring of its issue, who fixes it and why it is not fixed yet. */
export interface KnownIssue {
	check: string;
	match: string;
	owner: string;
	reason: string;
}

/** What assertNoProblems needs from node:test's TestContext. */
export interface CheckContext {
	/** The check's name in known-issues.json, e.g. 'html-validate'. */
	check: string;
	diagnostic(message: string): void;
}

/**
 * The CheckContext of a running test.
 * @param t node:test's TestContext
 * @param check the check's name in known-issues.json
 */
export function checkContext(t: { diagnostic(message: string): void }, check: string): CheckContext {
	return { check, diagnostic: (message) => t.diagnostic(message) };
}

const KNOWN_ISSUES_FILE = new URL('../site/known-issues.json', import.meta.url);

/** The committed known issues (none when the file is missing). */
export function loadKnownIssues(): KnownIssue[] {
	try {
		return (JSON.parse(readFileSync(KNOWN_ISSUES_FILE, 'utf8')) as { issues: KnownIssue[] }).issues;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
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
 * Splits problems into those a known issue of this check covers and the rest.
 * @param problems what the check found
 * @param known known issues of every check
 * @param check the check's name
 */
export function partitionKnown(
	problems: readonly Problem[],
	known: readonly KnownIssue[],
	check: string,
): { fresh: Problem[]; covered: Map<KnownIssue, Problem[]> } {
	const mine = known.filter((entry) => entry.check === check);
	const covered = new Map<KnownIssue, Problem[]>(mine.map((entry) => [entry, []]));
	const fresh: Problem[] = [];
	for (const problem of problems) {
		const entry = mine.find((candidate) => problem.issue.includes(candidate.match));
		if (entry) covered.get(entry)?.push(problem);
		else fresh.push(problem);
	}
	return { fresh, covered };
}

/**
 * Fails with a grouped summary when there is any problem that no known issue covers; known ones
 * are printed as diagnostics of the test.
 * @param problems what the check found
 * @param what the check's subject, e.g. 'broken internal links'
 * @param context the check's name and the test context, to apply known-issues.json
 */
export function assertNoProblems(problems: readonly Problem[], what: string, context?: CheckContext): void {
	let fresh = [...problems];
	if (context) {
		const split = partitionKnown(problems, loadKnownIssues(), context.check);
		fresh = split.fresh;
		for (const [entry, matched] of split.covered) {
			context.diagnostic(
				matched.length === 0
					? `known issue no longer seen, delete it from known-issues.json: "${entry.match}"`
					: `KNOWN ISSUE (${entry.owner}): ${matched.length}× "${entry.match}" — ${entry.reason}`,
			);
		}
	}
	if (fresh.length === 0) return;
	assert.fail(`${fresh.length} ${what}:\n${summarizeProblems(fresh)}`);
}
