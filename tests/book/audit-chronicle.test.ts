/**
 * Audit: 信息化大事记 (source lines 14798–15118). Every dated line starts one event; every undated line belongs to
 * the event above it, whatever its punctuation. Expected events are read here from the source with the event
 * pattern of the source map, then compared with events.json, plus hand-picked dates and texts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyForm, book, chapterText, sourceLine } from './audit-support.ts';

const DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})(?:\s*[—-]\s*(\d{1,2}))?\s*日\s*[,，]\s*/;
const pad = (n: string) => n.padStart(2, '0');

/** Events as the source prints them: date line, end date, text with continuation lines appended. */
function sourceEvents(): { line: number; date: string; end?: string; text: string }[] {
	const events: { line: number; date: string; end?: string; text: string }[] = [];
	for (let n = 14800; n <= 15118; n++) {
		const line = sourceLine(n).trim();
		if (!line) continue;
		const m = line.match(DATE);
		const last = events.at(-1);
		if (m) events.push({ line: n, date: `${m[1]}-${pad(m[2] ?? '')}-${pad(m[3] ?? '')}`, ...(m[4] ? { end: `${m[1]}-${pad(m[2] ?? '')}-${pad(m[4])}` } : {}), text: line.slice(m[0].length) });
		else if (last) last.text += line;
	}
	return events;
}

const flat = (s: string) => bodyForm(s).replace(/\n/g, '').replace(/ze点/g, '重点');

describe('信息化大事记: all 138 events against the source', () => {
	const expected = sourceEvents();
	test('138 dated lines, in source order, with their dates and date ranges', () => {
		assert.equal(expected.length, 138);
		assert.deepEqual(book.events.map((e) => `${e.sourceLine} ${e.date} ${e.dateEnd ?? ''}`), expected.map((e) => `${e.line} ${e.date} ${e.end ?? ''}`));
	});
	test('every event text is its date line plus its 22 continuation lines, nothing lost or moved', () => {
		const differ = expected.filter((e, i) => flat(book.events[i]?.text ?? '') !== flat(e.text)).map((e) => e.line);
		assert.deepEqual(differ, []);
	});
});

/** [date, end date or '', first ten characters of the text, a later fragment, source line]. */
const EVENTS: [string, string, string, string, number][] = [
	['2016-01-12', '', '国务院同意在天津市等', '', 14800],
	['2017-06-01', '', '《互联网新闻信息服', '法律责任和附则6章，共29条', 14892],
	['2016-06-01', '2016-06-02', '全国商务领域贯彻落实', '', 14896],
	['2016-07-10', '', '财政部、商务部发布《', '外经贸发展专项资金重点工作的通知', 14922],
	['2016-09-01', '', '《电子商务物流服务规', '', 14964],
	['2016-09-21', '2016-09-23', '中国—东盟', '', 15004],
	['2016-09-25', '', '“12301”全国旅', '', 15008],
	['2016-10-25', '2016-10-27', '中国教育和科研计算机', '', 15040],
	['2016-12-14', '', '', '10位专家、学者组成。', 15088],
	['2016-12-27', '', '国家互联网信息办公室', '随着信息技术深入发展', 15112],
	['2016-12-27', '', '国家发改委、工业和信', '', 15118],
];

describe('信息化大事记: hand-picked events', () => {
	for (const [date, end, start, later, line] of EVENTS) {
		test(`${line}: ${date}${end ? `—${end}` : ''} ${start}…${later}`, () => {
			const e = book.events.find((x) => x.sourceLine === line);
			assert.equal(e?.date, date);
			assert.equal(e?.dateEnd ?? '', end);
			assert.ok(bodyForm(e?.text ?? '').startsWith(bodyForm(start)), e?.text.slice(0, 20));
			assert.ok(bodyForm(e?.text ?? '').includes(bodyForm(later)));
		});
	}
	test('2016-09-01 has six events and 2016-09-25 three, in source order', () => {
		assert.deepEqual(book.events.filter((e) => e.date === '2016-09-01').map((e) => e.sourceLine), [14964, 14966, 14968, 14970, 14972, 14974]);
		assert.deepEqual(book.events.filter((e) => e.date === '2016-09-25').map((e) => e.sourceLine), [15008, 15010, 15012]);
	});
	test('the printed date and its punctuation are kept (2016年1月12日, with a half-width comma and a space)', () => {
		const e = book.events[0];
		assert.equal(e?.datePrinted, '2016年1月12日');
		assert.equal(e?.lead, '2016年1月12日, ');
	});
	test('the chronicle chapter shows every event under 12 month headings, the 2017 event (14892) inside 2016 年 6 月', () => {
		const body = chapterText('信息化大事记');
		assert.deepEqual([...body.matchAll(/^:::event\{#(ev-\d{3}) /gm)].map((m) => m[1]), book.events.map((e) => e.id));
		assert.deepEqual(book.events.map((e) => e.id), book.events.map((_, i) => `ev-${String(i + 1).padStart(3, '0')}`));
		assert.deepEqual(body.match(/^## .*$/gm), Array.from({ length: 12 }, (_, i) => `## 2016 年 ${i + 1} 月`));
	});
});
