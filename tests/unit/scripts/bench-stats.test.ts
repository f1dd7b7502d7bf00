import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayWidth, formatBytes, formatMs, formatSummary, formatTable, median, summarize } from '../../../scripts/bench/stats.ts';

test('median and summarize', () => {
	assert.equal(median([3, 1, 2]), 2);
	assert.equal(median([4, 1, 3, 2]), 2.5);
	assert.throws(() => median([]), /no samples/);
	assert.deepEqual(summarize([310, 290, 305, 400, 300]), { median: 305, min: 290, max: 400, runs: 5 });
});

test('formatting of bytes, durations and summaries', () => {
	assert.equal(formatBytes(900), '900 B');
	assert.equal(formatBytes(16 * 1024 + 512), '16.5 KB');
	assert.equal(formatBytes(3 * 1024 * 1024), '3.00 MB');
	assert.equal(formatMs(412.4), '412 ms');
	assert.equal(formatMs(4210), '4.21 s');
	assert.equal(formatSummary({ median: 305, min: 290, max: 400, runs: 5 }), '305 ms (290 ms–400 ms, 5 runs)');
});

test('formatTable aligns names and values, CJK counted double-width', () => {
	assert.equal(displayWidth('篇a'), 3);
	const table = formatTable([
		{ section: 'Parse', name: 'median', value: '305 ms', target: '< 500 ms' },
		{ section: 'Parse', name: '篇数', value: '11' },
		{ section: 'Build', name: 'pages', value: '214' },
	]);
	assert.equal(table, ['Parse', '  median  305 ms  target: < 500 ms', '  篇数    11', '', 'Build', '  pages   214'].join('\n'));
});
