import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { consoleErrors, openSite, type Site } from '../harness.ts';
import { QUERY_SET, TOP, runQuerySet, type QueryReport } from './query-set.ts';

let site: Site;
let reports: QueryReport[];
before(async () => {
	site = await openSite();
	const page = await site.page('/search/');
	reports = await runQuerySet(page);
	assert.deepEqual(consoleErrors(page), []);
});
after(() => site.close());

test(`the committed query set finds an expected page in the top ${TOP} for at least 90 % of its queries`, (t) => {
	assert.ok(QUERY_SET.length >= 40, `${QUERY_SET.length} queries`);
	const failed = reports.filter((r) => !r.pass);
	const recall = (reports.length - failed.length) / reports.length;
	t.diagnostic(`recall in top ${TOP}: ${(recall * 100).toFixed(1)} % (${reports.length - failed.length}/${reports.length})`);
	for (const r of failed) t.diagnostic(`missed: ${r.query.q} → ${r.urls.slice(0, TOP).join(' ') || '(nothing)'}; expected one of ${r.query.expect.join(' ')}`);
	assert.ok(recall >= 0.9, `recall ${(recall * 100).toFixed(1)} %`);
});

test('every kind of query in the set passes at least once', () => {
	const kinds = new Set(QUERY_SET.map((q) => q.kind));
	for (const kind of kinds) assert.ok(reports.some((r) => r.query.kind === kind && r.pass), kind);
});

test('non-words return no result at all and say so', () => {
	const nonWords = reports.filter((r) => r.query.expect.length === 0);
	assert.ok(nonWords.length >= 3);
	for (const r of nonWords) {
		assert.deepEqual(r.urls, [], r.query.q);
		assert.match(r.status, /没有找到/, r.query.q);
	}
});

test('every result of a real query literally contains it (no fuzzy junk)', () => {
	for (const r of reports.filter((x) => x.query.kind === 'abbreviation' || x.query.kind === 'ministry')) {
		assert.ok(r.urls.length > 0, r.query.q);
		assert.match(r.status, /共 \d+ 个/, r.query.q);
	}
});
