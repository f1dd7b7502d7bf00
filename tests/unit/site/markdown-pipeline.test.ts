import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import config from '../../../astro.config.mjs';
import { MISSING_FIGURE_NOTE } from '../../../src/markdown/remark-figure-placeholder.ts';
import { chapterBody, parsedBook } from '../../support/book.ts';

// The site's own Markdown pipeline, exactly as astro.config.mjs configures it.
let renderer: MarkdownRenderer;
before(async () => {
	const processor = config.markdown?.processor;
	assert.ok(processor, 'astro.config.mjs sets markdown.processor');
	renderer = await processor.createRenderer({});
});
const html = async (markdown: string, frontmatter: Record<string, unknown> = {}): Promise<string> =>
	(await renderer.render(markdown, { frontmatter })).code;

describe('figure placeholders', () => {
	test('keep caption and source and say the image is not in the text', async () => {
		const out = await html('::figure[图 1 2011—2016年信息消费规模情况]{source="数据来源：工业和信息化部"}');
		assert.match(out, /^<figure class="figure-missing">/);
		assert.ok(out.includes(MISSING_FIGURE_NOTE));
		assert.match(
			out,
			/<figcaption><span class="figure-missing__title">图 1 2011—2016年信息消费规模情况<\/span><span class="figure-missing__source">数据来源：工业和信息化部<\/span><\/figcaption><\/figure>$/,
		);
	});
});

describe('chronicle events', () => {
	test('make the printed date a permalink inside <time>', async () => {
		const out = await html(':::event{#ev-007 date="2016-02-03"}\n**2016年2月3日,** 国务院召开会议。\n:::');
		assert.match(out, /<div id="ev-007" class="event">/);
		assert.match(out, /<time datetime="2016-02-03" class="event__date"><a href="#ev-007">2016年2月3日,<\/a><\/time> 国务院召开会议。/);
	});
	test('give an event without a bold date its ISO date as the link', async () => {
		const out = await html(':::event{#ev-008 date="2016-02-04"}\n国务院召开会议。\n:::');
		assert.match(out, /<a href="#ev-008">2016-02-04<\/a>/);
	});
	test('give every one of the real 大事记 events a permalink', async () => {
		const { events } = parsedBook();
		const out = await html(chapterBody(parsedBook(), '信息化大事记'));
		const ids = [...out.matchAll(/<div id="(ev-\d{3})" class="event">/g)].map((match) => match[1]);
		assert.equal(ids.length, events.length);
		assert.ok(events.length >= 130, `${events.length} events`);
		for (const event of events) assert.ok(out.includes(`<a href="#${event.id}">`), event.id);
	});
});

describe('policy document blocks', () => {
	test('render a signature and a titled 专栏 box', async () => {
		const out = await html(':::signature\n国务院\n\n2016年5月13日\n:::\n\n:::box{title="专栏 1 重点工程"}\n实施宽带中国工程。\n:::');
		assert.match(out, /<div class="signature"><p>国务院<\/p>\s*<p>2016年5月13日<\/p><\/div>/);
		assert.match(out, /<div class="box"><p class="box__title"><strong>专栏 1 重点工程<\/strong><\/p>\s*<p>实施宽带中国工程。<\/p><\/div>/);
	});
});

describe('law article permalinks', () => {
	test('give a 第X条 paragraph an id and link its bold lead to it', async () => {
		const out = await html('**第十二条** 国家保护公民。\n\n**第一百零一条** 附则。');
		assert.match(out, /<p id="第十二条" class="law-article"><strong><a href="#第十二条">第十二条<\/a><\/strong> 国家保护公民。<\/p>/);
		assert.match(out, /<p id="第一百零一条" class="law-article">/);
	});
	test('leave other bold leads alone', async () => {
		const out = await html('**第一章** 总则\n\n**注意** 事项');
		assert.doesNotMatch(out, /law-article/);
	});
	test('number every article of the three laws in the real book, ids unique per law', async () => {
		const book = parsedBook();
		const laws = ['互联网新闻信息服务许可管理实施细则', '互联网新闻信息服务管理规定', '中华人民共和国网络安全法'];
		const counts: number[] = [];
		for (const title of laws) {
			const out = await html(chapterBody(book, title));
			const ids = [...out.matchAll(/<p id="(第[^"]+条)" class="law-article">/g)].map((match) => match[1]);
			assert.equal(new Set(ids).size, ids.length, title);
			counts.push(ids.length);
		}
		// 细则 18, 管理规定 29, 网络安全法 79 (seed-structure.md §4).
		assert.deepEqual(counts, [18, 29, 79]);
	});
});

describe('a law\'s own 目录', () => {
	test('becomes a contents box holding its title and nested list', async () => {
		const out = await html('**目 录**\n\n- 第一章 总 则\n- 第三章 运行\n  - 第一节 一般规定\n\n## 第一章 总 则');
		assert.match(out, /^<nav class="law-contents" aria-label="本法目录">\s*<p class="law-contents__title"><strong>目 录<\/strong><\/p>\s*<ul>/);
		assert.match(out, /<li>第一节 一般规定<\/li>\s*<\/ul>\s*<\/li>\s*<\/ul>\s*<\/nav>/);
	});
	test('leaves a bold 目录 line without a list after it as a paragraph', async () => {
		const out = await html('**目 录**\n\n正文。');
		assert.doesNotMatch(out, /law-contents/);
	});
	test('frames the 网络安全法 contents in the real book', async () => {
		const out = await html(chapterBody(parsedBook(), '中华人民共和国网络安全法'));
		const box = out.match(/<nav class="law-contents"[^>]*>([\s\S]*?)<\/nav>/);
		assert.ok(box, 'the law has a contents box');
		assert.equal([...box[1]!.matchAll(/<li>第.章/g)].length, 7, 'seven chapters listed');
	});
});

describe('heading ids and anchors', () => {
	test('make readable ids from Chinese headings, unique within the chapter', async () => {
		const out = await html('## 【主要工作】\n\n## 【主要工作】\n\n### （一）经济概况');
		assert.match(out, /<h2 id="主要工作">【主要工作】<a class="heading-anchor" href="#主要工作" aria-label="本节链接：【主要工作】" data-pagefind-ignore=""><\/a><\/h2>/);
		assert.match(out, /<h2 id="主要工作-2">/);
		assert.match(out, /<h3 id="一经济概况">/);
	});
	test('report heading texts without the anchor for the outline', async () => {
		const { metadata } = await renderer.render('## 【总体情况】', { frontmatter: {} });
		assert.deepEqual(metadata.headings, [{ depth: 2, slug: '总体情况', text: '【总体情况】' }]);
	});
	test('prefix ids in person bios, which share one page', async () => {
		const out = await html('## 主要事迹', { kind: 'person', id: 'exemplars-p03' });
		assert.match(out, /<h2 id="exemplars-p03-主要事迹">/);
	});
});

describe('bare URLs', () => {
	test('stay text instead of autolinks that swallow the Chinese after them', async () => {
		const out = await html('系统(\\<http://patdata.sipo.gov.cn\\>)向公众提供数据。');
		assert.equal(out, '<p>系统(&#x3C;http://patdata.sipo.gov.cn>)向公众提供数据。</p>');
	});
});

describe('stray inline directives', () => {
	test('are put back as the text they were', async () => {
		const out = await html('注:IT 行业占比，比例为 3:2。');
		assert.equal(out, '<p>注:IT 行业占比，比例为 3:2。</p>');
	});
});

describe('table directives', () => {
	test('become the table figure from content/tables', async () => {
		const table = parsedBook().tables[0]!;
		const out = await html(`::table{#${table.id}}`);
		assert.match(out, new RegExp(`<figure class="data-table" id="${table.id}"`));
		assert.match(out, /<thead>/);
	});
});
