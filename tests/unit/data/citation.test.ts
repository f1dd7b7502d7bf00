import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { authorFromByline, citeBook, citeChapter } from '../../../src/utils/citation.ts';

describe('GB/T 7714 citations', () => {
	test('cites the book at a table\'s printed page', () => {
		assert.equal(citeBook(568), '《中国信息化年鉴》编委会. 中国信息化年鉴2017[M]. 北京: 电子工业出版社, 2018: 568.');
	});

	test('leaves the page out when the book prints none', () => {
		assert.equal(citeBook(null), '《中国信息化年鉴》编委会. 中国信息化年鉴2017[M]. 北京: 电子工业出版社, 2018.');
	});

	test('cites a chapter as a contribution (//) with its author', () => {
		assert.equal(
			citeChapter({ title: '我国信息化发展的新形势', page: 3, author: '周宏仁' }),
			'周宏仁. 我国信息化发展的新形势[M]//《中国信息化年鉴》编委会. 中国信息化年鉴2017. 北京: 电子工业出版社, 2018: 3.',
		);
	});

	test('credits the editorial board for a chapter without a byline', () => {
		assert.match(citeChapter({ title: '北京市', page: 120 }), /^《中国信息化年鉴》编委会\. 北京市\[M\]\/\//);
	});

	test('reads the names, not the position, from a byline', () => {
		assert.equal(authorFromByline('国家信息化专家咨询委员会常务副主任 周宏仁'), '周宏仁');
		assert.equal(authorFromByline('工业和信息化部赛迪研究院电子信息产业研究所 温晓君 徐永健 徐丰'), '温晓君, 徐永健, 徐丰');
		assert.equal(authorFromByline('赛迪顾问股份有限公司'), '赛迪顾问股份有限公司');
		assert.equal(authorFromByline(undefined), undefined);
	});
});
