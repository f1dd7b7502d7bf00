/**
 * The table pass over the real book, chapter by chapter (chapters cut by the lead's 目录 segmentation).
 * The expected figures were counted by hand from the source (see the comments) — not copied from output.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { type Table, TableSchema } from '../../../../src/schemas/table.ts';
import { classifyLines, readSourceLines } from '../../../../scripts/lib/parse/classify-lines.ts';
import type { Diagnostic } from '../../../../scripts/lib/parse/diagnostics.ts';
import { segmentBody } from '../../../../scripts/lib/parse/segment.ts';
import { extractTables } from '../../../../scripts/lib/parse/tables/index.ts';
import { parseToc } from '../../../../scripts/lib/parse/toc.ts';

const SOURCE = join(import.meta.dirname, '../../../../content/source/zgxxh-2017.txt');

const tables: Table[] = [];
const diagnostics: Diagnostic[] = [];
const consumed = new Map<number, string>();

const compact = (s: string) => s.replace(/\s+/g, '');
const tableTitled = (title: string): Table => {
	const found = tables.find((t) => compact(t.title) === compact(title));
	assert.ok(found, `no table titled ${title}`);
	return found;
};
const dataRows = (table: Table) => table.rows.filter((r) => r.kind === 'data');
const rowLabelled = (table: Table, label: string) => {
	const row = dataRows(table).find((r) => compact(r.cells[0]?.text ?? '') === compact(label));
	assert.ok(row, `no row ${label} in ${table.title}`);
	return row;
};
const columnIndex = (table: Table, ...path: string[]) => table.columns.findIndex((c) => compact(c.path.join('/')) === compact(path.join('/')));

before(() => {
	const lines = classifyLines(readSourceLines(readFileSync(SOURCE, 'utf8')));
	const toc = parseToc(lines);
	const { spans } = segmentBody(lines.slice(toc.range[1]), toc.entries);
	let next = 0;
	for (const span of spans) {
		const result = extractTables(span.lines, {
			chapterId: span.entry.title,
			chapterTitle: span.entry.title,
			partId: String(span.entry.partIndex),
			page: span.entry.page,
			titleLines: span.titleLines,
			nextTableId: () => `t${String(++next).padStart(3, '0')}`,
		});
		tables.push(...result.tables);
		diagnostics.push(...result.diagnostics);
		for (const [line, disposition] of result.consumed) {
			assert.equal(consumed.has(line), false, `line ${line} consumed twice`);
			consumed.set(line, disposition);
		}
	}
});

describe('table pass on the whole book', () => {
	test('finds 92 schema-valid tables in 150 tab blocks, 58 of them 续表 continuations', () => {
		assert.equal(tables.length, 92);
		assert.deepEqual(tables.map((t) => t.id), Array.from({ length: 92 }, (_, i) => `t${String(i + 1).padStart(3, '0')}`));
		for (const table of tables) assert.equal(TableSchema.safeParse(table).success, true, table.id);
		assert.equal(tables.reduce((n, t) => n + t.blocks.length, 0), 150);
		assert.equal(tables.reduce((n, t) => n + t.blocks.length - 1, 0), 58);
	});
	test('reports nothing: every table has a title, every row its width, every 续表 its header', () => {
		assert.deepEqual(diagnostics, []);
		assert.equal(tables.filter((t) => t.title === '').length, 0);
	});
	test('reads 2,823 printed rows (10 group and 2 note rows among them); two-up lists unfold to 125 more', () => {
		assert.equal(new Set(tables.flatMap((t) => t.rows.map((r) => r.sourceLine))).size, 2823);
		const kinds = tables.flatMap((t) => t.rows.map((r) => r.kind));
		assert.equal(kinds.filter((k) => k === 'group').length, 10);
		assert.equal(kinds.filter((k) => k === 'note').length, 2);
		// 百强 ×2 (50 printed lines → 100 rows each) and 五十强 (25 → 50).
		assert.equal(kinds.length, 2823 + 50 + 50 + 25);
	});
	test('accounts for every table line: 2,979 body TAB lines, 58 续表, 50 title, 8 unit, 14 注 and 60 source lines', () => {
		const count = (disposition: string) => [...consumed.values()].filter((d) => d === disposition).length;
		// 3,226 TAB lines minus 247 in the front matter (编委会 and 目录 blocks).
		assert.equal(count('table-header') + count('table-row') + count('dropped:repeated-header'), 2979);
		assert.equal(count('table-header'), 92 + 5);
		assert.equal(count('dropped:repeated-header'), 58 + 1);
		assert.equal(count('dropped:continued-table-marker'), 58);
		// 35 表 N lines + 12 sub-labels + 附件/重点任务分工方案 + the wrapped half of 冶金 表 2.
		assert.equal(count('table-title'), 35 + 12 + 2 + 1);
		assert.equal(count('table-unit'), 8);
		assert.equal(count('table-note'), 14);
		assert.equal(count('table-source'), 60);
	});
	test('reads the five two-row headers', () => {
		const twoRows = tables.filter((t) => t.header.length === 2).map((t) => t.blocks[0]?.[0]);
		assert.deepEqual(twoRows, [10439, 16378, 16416, 16470, 16533]);
	});
	test('T01: spaced province names and a spaced unit bracket in the header', () => {
		const table = tableTitled('2016 年全国各省（自治区、直辖市）软件和信息技术服务业发展情况');
		const row = rowLabelled(table, '内蒙古');
		assert.equal(row.cells[0]?.text, '内蒙古');
		assert.equal(row.cells[0]?.printed, '内 蒙 古');
		const column = table.columns.findIndex((c) => c.label === '软件业务收入（万元）');
		assert.equal(column, 1);
		assert.equal(table.columns[column]?.unit, '万元');
		assert.equal(row.cells[column]?.value, 279597.5);
	});
	test('T04: a column under a two-column span of a two-row header', () => {
		const table = tableTitled('2016 年全国按行业分企业电子商务情况');
		const row = rowLabelled(table, '住宿和餐饮业');
		assert.equal(row.cells[columnIndex(table, '有电子商务交易活动', '比重 (%)')]?.value, 32.3);
		assert.equal(row.cells[columnIndex(table, '电子商务销售额 (亿元)')]?.value, 482.3);
	});
	test('T10: a ditto cell takes the group that starts the 续表 block', () => {
		const table = tableTitled('2017 年两化融合管理体系贯标示范企业名单');
		const row = rowLabelled(table, '25');
		const direction = columnIndex(table, '示范方向');
		assert.deepEqual(row.cells[direction], { text: '现代化生产制造与运营管理', value: null, printed: '', ditto: true, hidden: true });
		assert.equal(row.cells[columnIndex(table, '示范企业名称')]?.text, '大全集团有限公司');
		assert.equal(rowLabelled(table, '24').cells[direction]?.rowspan, 24);
		const dittos = tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.ditto)));
		assert.equal(dittos.length, 46);
	});
	test('S01: four blocks merged into 131 rows of percentages', () => {
		const table = tableTitled('2011—2015 年世界主要国家和地区信息和通信技术产品进口占产品进口总量的比重');
		assert.equal(dataRows(table).length, 131);
		assert.equal(table.columns.length, 6);
		assert.equal(table.blocks.length, 4);
		assert.equal(table.unit, '%');
	});
	test('S05: 31 provinces under a two-row header of 11 columns', () => {
		const table = tableTitled('2012—2016 年全国各地区网民规模和互联网普及率');
		assert.equal(dataRows(table).length, 31);
		assert.equal(table.columns.length, 11);
		assert.equal(table.header.length, 2);
		assert.deepEqual(table.columns[9]?.path, ['2016 年', '网民数 (万人)']);
	});
	test('no 续表 survives in any table text', () => {
		for (const table of tables) {
			const texts = [table.title, ...table.columns.flatMap((c) => c.path), ...table.rows.flatMap((r) => r.cells.map((c) => c.text)), ...table.notes, ...table.sources];
			assert.equal(texts.some((t) => t.includes('续表')), false, table.id);
		}
	});
	test('reads the special values where the book prints them', () => {
		const cells = tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
		assert.equal(cells.filter((c) => c.qualifier === 'missing').length, 370);
		const plan = tableTitled('“十二五”信息化发展基本情况');
		assert.equal(plan.number, '表 1');
		assert.deepEqual(rowLabelled(plan, '2. 集成电路芯片规模生产工艺（纳米）').cells[1], { text: '32/28', value: null, printed: '32/28', qualifier: 'ratio' });
		const beijing = tableTitled('2015—2016 年北京市两化融合指数情况');
		assert.equal(rowLabelled(beijing, '基础环境').cells[3]?.value, 6.94);
		const total = tables.find((t) => t.blocks[0]?.[0] === 981);
		assert.deepEqual(total?.rows[1]?.cells[1], { text: '', value: null, printed: '' });
	});
	test('keeps licence numbers as identifiers', () => {
		const licences = tables.filter((t) => t.columns.some((c) => c.label === '许可证编号'));
		assert.equal(licences.length, 7);
		for (const table of licences) {
			assert.equal(table.columns[3]?.numeric, false);
			assert.equal(table.rows.every((r) => r.cells[3]?.value === null), true);
		}
	});
	test('unfolds the two-up 百强 list into ranks 1 to 100', () => {
		const table = tableTitled('2017 年中国互联网企业百强名单');
		assert.deepEqual(table.rows.map((r) => r.cells[0]?.value), Array.from({ length: 100 }, (_, i) => i + 1));
		assert.equal(table.columns.length, 2);
		assert.equal(rowLabelled(table, '29').cells[1]?.text, '大唐电信科技产业集团');
	});
	test('titles tables by 附件 label, wrapped lines and the chapter title', () => {
		const attachment = tables.find((t) => t.number === '附件');
		assert.equal(attachment?.title, '重点任务分工方案');
		assert.deepEqual(attachment?.sourceLines, [11083, 11189]);
		assert.ok(tableTitled('2016 年冶金企业管理现代化创新成果(信息化、自动化)'));
		assert.ok(tableTitled('2012—2016 年全国电子信息产品制造业主要经济指标完成情况'));
		assert.ok(tableTitled('自然科学类一等奖：1 项'));
	});
});
