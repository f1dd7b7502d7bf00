import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isEchartsFile, resourceKind, totals } from '../../../scripts/bench/page-weight.ts';

test('resourceKind reads the Content-Type, the URL only when there is none', () => {
	assert.equal(resourceKind('http://localhost/regions/05/', 'text/html; charset=utf-8'), 'html');
	assert.equal(resourceKind('http://localhost/_astro/a.css', 'text/css; charset=utf-8'), 'css');
	assert.equal(resourceKind('http://localhost/_astro/a.js', 'text/javascript; charset=utf-8'), 'js');
	assert.equal(resourceKind('http://localhost/pagefind/pagefind.js', 'application/javascript'), 'js');
	assert.equal(resourceKind('http://localhost/pagefind/x.pf_fragment', 'application/octet-stream'), 'other');
	assert.equal(resourceKind('http://localhost/a.mjs', ''), 'js');
	assert.equal(resourceKind('http://localhost/tables/t001.csv', 'text/csv'), 'other');
});

test('totals adds bytes per kind and counts HTML + CSS + JS as the page', () => {
	assert.deepEqual(
		totals([
			{ kind: 'html', bytes: 7000 },
			{ kind: 'css', bytes: 5000 },
			{ kind: 'js', bytes: 2000 },
			{ kind: 'js', bytes: 500 },
			{ kind: 'other', bytes: 9999 },
		]),
		{ html: 7000, css: 5000, js: 2500, other: 9999, page: 14500 },
	);
});

test('isEchartsFile recognises a bundle by the attribute name ECharts sets on charts', () => {
	const dist = mkdtempSync(join(tmpdir(), 'echarts-'));
	try {
		mkdirSync(join(dist, '_astro'));
		writeFileSync(join(dist, '_astro', 'chart-x.js'), 'var a="_echarts_instance_";');
		writeFileSync(join(dist, '_astro', 'reader.js'), 'document.title;');
		assert.equal(isEchartsFile(dist, '/_astro/chart-x.js'), true);
		assert.equal(isEchartsFile(dist, '/_astro/reader.js'), false);
		assert.equal(isEchartsFile(dist, '/_astro/missing.js'), false);
	} finally {
		rmSync(dist, { recursive: true, force: true });
	}
});
