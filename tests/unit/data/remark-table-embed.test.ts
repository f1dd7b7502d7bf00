import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import remarkTableEmbed from '../../../src/markdown/remark-table-embed.ts';
import { INTERNET_USERS } from '../charts/fixture-table.ts';

const contentDir = mkdtempSync(join(tmpdir(), 'table-embed-'));
mkdirSync(join(contentDir, 'tables'));
mkdirSync(join(contentDir, 'charts'));
writeFileSync(join(contentDir, 'tables', 't900.json'), JSON.stringify(INTERNET_USERS));
writeFileSync(
	join(contentDir, 'charts', 'users.json'),
	JSON.stringify({ table: '2012—2016年全国互联网用户发展情况', type: 'line', series: 'rows', rows: ['互联网上网人数'] }),
);
after(() => rmSync(contentDir, { recursive: true, force: true }));

/** The same steps as Astro's unified processor: directives, this plugin, then raw HTML parsed by rehype-raw. */
async function render(markdown: string): Promise<string> {
	const file = await unified()
		.use(remarkParse)
		.use(remarkDirective)
		.use(remarkTableEmbed, { contentDir })
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehypeRaw)
		.use(rehypeStringify)
		.process(markdown);
	return String(file);
}

describe('remarkTableEmbed', () => {
	test('replaces ::table{#id} with the table figure, its chart drawn as SVG', async () => {
		const html = await render('前文。\n\n::table{#t900}\n\n后文。');
		assert.match(html, /<p>前文。<\/p>\s*<figure class="data-table" id="t900" data-table="t900" data-has-chart="">/);
		assert.match(html, /<figure class="chart" id="chart-users"/);
		assert.match(html, /<svg [^>]*viewBox="0 0 720 400"/);
		assert.match(html, /<table class="yb-table">/);
		assert.match(html, /<\/figure>\s*<p>后文。<\/p>/);
	});

	test('leaves other directives alone', async () => {
		const html = await render('::figure[图 1 规模]');
		assert.doesNotMatch(html, /data-table/);
	});

	test('fails the build for an unknown table id', async () => {
		await assert.rejects(render('::table{#t999}'), /t999/);
	});
});
