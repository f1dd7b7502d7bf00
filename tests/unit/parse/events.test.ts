import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEvents } from '../../../scripts/lib/parse/events.ts';
import { lines } from '../../support/source-lines.ts';

describe('parseEvents', () => {
	test('reads compact and spaced dates into ISO dates', () => {
		const { events } = parseEvents(lines('2016年1月12日, 国务院同意。\n\n2016 年 8 月 16 日，会议召开。'));
		assert.deepEqual(events.map((e) => [e.date, e.text]), [['2016-01-12', '国务院同意。'], ['2016-08-16', '会议召开。']]);
	});
	test('gives a day range an end date', () => {
		const [event] = parseEvents(lines('2016年6月1—2日，全国商务领域会议召开。')).events;
		assert.equal(event?.dateEnd, '2016-06-02');
		assert.equal(event?.datePrinted, '2016年6月1—2日');
	});
	test('folds an undated line into the event before it, joined when cut, a new paragraph otherwise', () => {
		const { events } = parseEvents(lines('2016年12月14日，专家组由专\n\n家组成。\n\n补充说明。'));
		assert.equal(events.length, 1);
		assert.equal(events[0]?.text, '专家组由专家组成。\n\n补充说明。');
		assert.deepEqual(events[0]?.sourceLines, [1, 5]);
	});
	test('rejects a date that is not in the calendar, naming its line', () => {
		const { diagnostics } = parseEvents(lines('\n2016年2月30日，不存在。'));
		assert.deepEqual(diagnostics.map((d) => [d.code, d.line]), [['EVENT_DATE_INVALID', 1]]);
	});
	test('reports text before the first event', () => {
		assert.equal(parseEvents(lines('没有日期的一行')).diagnostics[0]?.code, 'EVENT_TEXT_ORPHAN');
	});
});
