import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bodyRanges, fileName, naiveMarkdown, starlightDocs } from '../../../scripts/bench/starlight-baseline/content.ts';
import { TEMPLATE_FILES } from '../../../scripts/bench/starlight-baseline/template.ts';
import type { Book, BookNode } from '../../../src/schemas/book.ts';
import { parsedBook, SOURCE_PATH } from '../../support/book.ts';

test('fileName drops whitespace, punctuation and symbols', () => {
	assert.equal(fileName('张 灏'), '张灏');
	assert.equal(fileName('首批“互联网+”智慧能源（能源互联网）示范项目名单'), '首批互联网智慧能源能源互联网示范项目名单');
	assert.equal(fileName('2016 年 IPv6 发展情况·综述'), '2016年IPv6发展情况综述');
});

test('naiveMarkdown: paragraphs, 【】 headings, adjacent TAB lines as one table headed by the first', () => {
	const lines = ['', '【概况】', '第一段', '  ', '地区\t2015\t2016', '北 京\t1\t2', '上海\t3', '', '续表', '地区\t2017', '天津\t4'];
	assert.equal(
		naiveMarkdown(lines),
		[
			'## 【概况】',
			'第一段',
			'| 地区 | 2015 | 2016 |\n| --- | --- | --- |\n| 北 京 | 1 | 2 |\n| 上海 | 3 |',
			'续表',
			'| 地区 | 2017 |\n| --- | --- |\n| 天津 | 4 |',
		].join('\n\n') + '\n',
	);
	assert.equal(naiveMarkdown(['', ' ']), '');
});

const node = (id: string, title: string, kind: BookNode['kind'], sourceLines: [number, number], extra: Partial<BookNode> = {}): BookNode => ({
	id,
	title,
	kind,
	page: 1,
	url: `/${id}/`,
	sourceLines,
	...extra,
});

/** Lines 1–2 编辑说明; part A at 3 with two articles; part B at 10 with a group whose bios overlap; part C is the chronicle. */
const SOURCE = ['编辑说明', '本书共三篇。', 'A篇', '甲：概况', '【一】', '正文', '乙', '乙文', '', 'B篇', '人物', '张 三', '张文', '李四', '李文', '张尾', 'C篇', '一月', ''];
const BOOK = {
	title: '书',
	edition: { publisher: '', editor: '', isbn: '', published: '', place: '' },
	front: [{ id: 'front-notes', title: '编辑说明', file: 'chapters/front/notes.md', sourceLines: [1, 2] }],
	parts: [
		{ id: 'a', title: 'A篇', page: 1, url: '/a/', description: '', sourceLines: [3, 9], chapters: [node('a-01', '甲：概况', 'article', [4, 6]), node('a-02', '乙', 'article', [7, 8])] },
		{
			id: 'b',
			title: 'B篇',
			page: 2,
			url: '/b/',
			description: '',
			sourceLines: [10, 16],
			chapters: [node('b-g', '人物', 'group', [11, 16], { chapters: [node('b-1', '张三', 'person', [12, 16], { tocTitle: '张 三' }), node('b-2', '李四', 'person', [14, 15])] })],
		},
		{ id: 'c', title: 'C篇', page: 3, url: '/c/', description: '', sourceLines: [17, 18], chapters: [node('c', 'C篇', 'chronicle', [17, 18])] },
	],
} satisfies Book;

test('bodyRanges: from the line after the title to the line before the next title of any kind, in body order', () => {
	assert.deepEqual(Object.fromEntries(bodyRanges(BOOK, SOURCE.length)), { 'a-01': [5, 6], 'a-02': [8, 9], 'b-1': [13, 13], 'b-2': [15, 16], c: [18, 19] });
});

test('starlightDocs: file per chapter under its part (and group), 目录 title, book order, index with the parts', () => {
	const docs = starlightDocs(BOOK, SOURCE);
	assert.deepEqual(
		docs.map((doc) => doc.path),
		['index.md', 'A篇/甲概况.md', 'A篇/乙.md', 'B篇/人物/张三.md', 'B篇/人物/李四.md', 'C篇/index.md'],
	);
	const byPath = new Map(docs.map((doc) => [doc.path, doc.text]));
	assert.equal(byPath.get('index.md'), '---\ntitle: "书"\n---\n\n本书共三篇。\n\n- A篇\n- B篇\n- C篇\n');
	assert.equal(byPath.get('A篇/甲概况.md'), '---\ntitle: "甲：概况"\nsidebar:\n  order: 1\n---\n\n## 【一】\n\n正文\n');
	assert.equal(byPath.get('B篇/人物/张三.md'), '---\ntitle: "张 三"\nsidebar:\n  order: 3\n---\n\n张文\n');
	assert.equal(byPath.get('B篇/人物/李四.md'), '---\ntitle: "李四"\nsidebar:\n  order: 4\n---\n\n李文\n\n张尾\n');
	assert.equal(byPath.get('C篇/index.md'), '---\ntitle: "C篇"\nsidebar:\n  order: 5\n---\n\n一月\n');
});

test('the real book: 212 chapters + index in the folders the sidebar config names, slugs unique, 150 tables', () => {
	const docs = starlightDocs(parsedBook().book, readFileSync(SOURCE_PATH, 'utf8').split('\n'));
	assert.equal(docs.length, 213);
	assert.equal(new Set(docs.map((doc) => doc.path.toLowerCase())).size, docs.length);
	const config = TEMPLATE_FILES['astro.config.mjs'] ?? '';
	const sidebarParts = JSON.parse((config.match(/const parts = (\[.*\]);/)?.[1] ?? '[]').replaceAll("'", '"')) as string[];
	assert.deepEqual([...new Set(docs.slice(1).map((doc) => doc.path.split('/')[0]))], sidebarParts);
	assert.ok(docs.some((doc) => doc.path === '信息化大事记/index.md'));
	const tables = docs.reduce((sum, doc) => sum + (doc.text.match(/^\| ---/gm)?.length ?? 0), 0);
	assert.equal(tables, 150);
});
