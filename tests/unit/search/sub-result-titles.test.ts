import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addSubResultTitles } from '../../../src/search/sub-result-titles.ts';

describe('addSubResultTitles', () => {
	test('titles a table with its caption', () => {
		const html = '<figure class="data-table" id="t041" data-table="t041"><figcaption class="c"><span>表 1</span> <span>2016 年软件&amp;服务</span></figcaption><table></table></figure>';
		assert.match(addSubResultTitles(html), /<figure class="data-table" id="t041" data-table="t041" data-pagefind-title="表 1 2016 年软件&amp;服务">/);
	});

	test('titles an event with its date and opening words', () => {
		const html = '<div id="ev-001" class="event"><p><time datetime="2016-01-12"><a href="#ev-001">2016年1月12日,</a></time> 国务院同意在天津市等12个城市设立跨境电子商务综合实验区。</p></div>';
		const out = addSubResultTitles(html);
		assert.match(out, /data-pagefind-title="2016年1月12日 国务院同意在天津市等12个城市设立跨境电子…"/);
	});

	test('titles a law article with its number', () => {
		assert.match(addSubResultTitles('<p id="第二十一条" class="law-article"><strong>第二十一条</strong> 国家实行</p>'), /data-pagefind-title="第二十一条"/);
	});

	test('leaves other elements and existing titles alone', () => {
		const html = '<div id="x" class="note">a</div><figure class="data-table" id="t1" data-pagefind-title="keep"></figure><p>b</p>';
		assert.equal(addSubResultTitles(html), html);
	});
});
