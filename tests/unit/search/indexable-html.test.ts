import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutDrawingsAndScripts } from '../../../src/search/indexable-html.ts';

test('drops chart drawings and scripts, keeps the text and tags around them', () => {
	const html = [
		'<figure class="chart"><figcaption>网民规模</figcaption>',
		'<svg role="img" aria-label="折线图"><text>2016</text><path d="M0 0"/></svg>',
		'<script type="application/json" class="chart__data">{"a":"</svg>"}</script>',
		'<p>正文<svg aria-hidden="true" width="16"><circle r="5"></circle></svg>段落</p></figure>',
		'<script type="module" src="/_astro/x.js"></script><svgx>not an svg</svgx>',
	].join('');
	assert.equal(
		withoutDrawingsAndScripts(html),
		'<figure class="chart"><figcaption>网民规模</figcaption><p>正文段落</p></figure><svgx>not an svg</svgx>',
	);
});

test('leaves a page without drawings or scripts as it is', () => {
	const html = '<main data-pagefind-body><h1>标题</h1><p>svg 与 script 这两个词可以出现在正文里。</p></main>';
	assert.equal(withoutDrawingsAndScripts(html), html);
});
