/** The committed query set (tests/search-queries.json) and how a query's outcome is judged. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runQuery, type QueryOutcome } from './run-query.ts';

export interface SetQuery {
	q: string;
	kind: string;
	/** Pages (or page#anchor) of which one must be in the top 3; empty: no result at all. */
	expect: string[];
}

export const QUERY_SET: SetQuery[] = (
	JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'search-queries.json'), 'utf8')) as { queries: SetQuery[] }
).queries;

export const TOP = 3;

/** Did the outcome satisfy the query's expectation? */
export function passes(query: SetQuery, outcome: QueryOutcome): boolean {
	if (query.expect.length === 0) return outcome.urls.length === 0;
	const top = outcome.urls.slice(0, TOP);
	return query.expect.some((url) => top.includes(url) || (url.includes('#') && outcome.subUrls.includes(url)));
}

export interface QueryReport extends QueryOutcome {
	query: SetQuery;
	pass: boolean;
}

/** Run every query of the set on an open /search/ page. */
export async function runQuerySet(page: Page, queries: readonly SetQuery[] = QUERY_SET): Promise<QueryReport[]> {
	const reports: QueryReport[] = [];
	for (const query of queries) {
		const outcome = await runQuery(page, query.q);
		reports.push({ ...outcome, query, pass: passes(query, outcome) });
	}
	return reports;
}
