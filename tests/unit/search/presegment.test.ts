import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentHtml, segmentText } from '../../../src/search/presegment.ts';

describe('segmentText', () => {
	test('puts a space at each word boundary next to a Chinese character', () => {
		assert.equal(segmentText('工业和信息化部'), '工业 和 信息 化 部');
		assert.equal(segmentText('4G用户'), '4G 用户');
	});

	test('leaves Latin text and existing spaces alone', () => {
		assert.equal(segmentText('Global Challenge'), 'Global Challenge');
		assert.equal(segmentText('2016 年'), '2016 年');
	});

	test('gives a place name the same words in any context (北京市, 在内蒙古)', () => {
		assert.equal(segmentText('北京市'), '北京 市');
		assert.equal(segmentText('在内蒙古召开'), `在 ${segmentText('内蒙古')} 召开`);
		assert.ok(segmentText('浙江省信息化').startsWith(`${segmentText('浙江')} `));
	});

	test('segments ordinary text the way the browser segments a query (Intl.Segmenter)', () => {
		const words = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment('互联网普及率')].map((s) => s.segment);
		assert.equal(segmentText('互联网普及率'), words.join(' '));
	});
});

describe('segmentHtml', () => {
	test('segments text nodes but not tags, attributes, scripts or the title', () => {
		const html =
			'<html lang="zh-CN"><head><title>广东省</title><script>var a="广东省"</script></head>' +
			'<body><h1 id="广东">广东省信息化</h1><data value="工业和信息化部"></data><p>A&amp;广东</p></body></html>';
		const out = segmentHtml(html);
		assert.match(out, /<title>广东省<\/title>/);
		assert.match(out, /var a="广东省"/);
		assert.ok(out.includes(`<h1 id="广东">${segmentText('广东省信息化')}</h1>`));
		assert.notEqual(segmentText('广东省信息化'), '广东省信息化');
		assert.match(out, /value="工业和信息化部"/);
		assert.match(out, /A&amp; ?广东/);
	});
});
