import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blockingReason, type HeadScript, readHtmlFacts } from '../../e2e/support/html-facts.ts';

const page = `<!doctype html><html lang="zh-CN"><head>
<meta charset="utf-8"><title>北京市</title>
<link rel="stylesheet" href="/_astro/reader.css"><link rel="canonical" href="http://localhost:4321/regions/05/">
<script>document.documentElement.dataset.theme = localStorage.theme ?? ''</script>
<script type="module" src="/_astro/reader.js"></script>
<script src="https://cdn.example.com/x.js"></script>
</head><body>
<a href="#main">跳到正文</a><main id="main"><h2 id="一总体情况">一、总体情况</h2>
<a href="/regions/06/#二">下一篇</a><a name="old-anchor"></a><p id="一总体情况">重复</p>
<img src="/fig.png" srcset="/fig-2x.png 2x, /fig-3x.png 3x" alt="">
<svg><use href="#icon-print"></use></svg><template><span id="in-template"></span></template>
<script>const html = '<a href="/not-a-link/">';</script>
</main></body></html>`;

describe('readHtmlFacts', () => {
	const facts = readHtmlFacts(page);
	test('reads lang, ids (templates and <a name> included) and duplicates', () => {
		assert.equal(facts.lang, 'zh-CN');
		assert.deepEqual([...facts.ids].sort(), ['in-template', 'main', 'old-anchor', '一总体情况'].sort());
		assert.deepEqual(facts.duplicateIds, ['一总体情况']);
	});
	test('collects URL references, telling fetched resources from links, never text inside scripts', () => {
		const refs = facts.references.map((r) => `${r.tag}[${r.attribute}]=${r.value}${r.fetched ? ' fetched' : ''}`);
		assert.deepEqual(refs, [
			'link[href]=/_astro/reader.css fetched',
			'link[href]=http://localhost:4321/regions/05/',
			'script[src]=/_astro/reader.js fetched',
			'script[src]=https://cdn.example.com/x.js fetched',
			'a[href]=#main',
			'a[href]=/regions/06/#二',
			'img[src]=/fig.png fetched',
			'img[srcset]=/fig-2x.png fetched',
			'img[srcset]=/fig-3x.png fetched',
			'use[href]=#icon-print fetched',
		]);
	});
	test('lists the scripts of <head> only', () => {
		assert.equal(facts.headScripts.length, 3);
		assert.deepEqual(
			facts.headScripts.map((s) => [s.src, s.type, s.inlineLength > 0]),
			[
				[null, '', true],
				['/_astro/reader.js', 'module', false],
				['https://cdn.example.com/x.js', '', false],
			],
		);
	});
});

describe('blockingReason', () => {
	const script = (over: Partial<HeadScript>): HeadScript => ({ src: null, async: false, defer: false, type: '', inlineLength: 0, ...over });
	test('flags external classic scripts without async/defer', () => {
		assert.match(blockingReason(script({ src: '/a.js' })) ?? '', /without async\/defer/);
		assert.equal(blockingReason(script({ src: '/a.js', defer: true })), null);
		assert.equal(blockingReason(script({ src: '/a.js', async: true })), null);
		assert.equal(blockingReason(script({ src: '/a.js', type: 'module' })), null);
	});
	test('allows a tiny inline script but not a big one, and ignores data blocks', () => {
		assert.equal(blockingReason(script({ inlineLength: 200 })), null);
		assert.match(blockingReason(script({ inlineLength: 50_000 })) ?? '', /inline script/);
		assert.equal(blockingReason(script({ inlineLength: 50_000, type: 'application/ld+json' })), null);
	});
});
