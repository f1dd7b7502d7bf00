/**
 * Audit: 先进典范篇 (13643–14794) — 6 unit articles under 优秀单位, 39 person bios under 先进人物, and the
 * look-alikes that are not persons.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyForm, chapterText, nodeTitled, nodes } from './audit-support.ts';

const persons = nodes.filter((n) => n.kind === 'person');
const text = (title: string) => bodyForm(chapterText(title)).replace(/\n/g, '');

describe('先进典范篇: groups', () => {
	test('优秀单位 holds the 6 units in body order, each an article', () => {
		assert.deepEqual(nodeTitled('优秀单位')?.chapters?.map((n) => `${n.title} ${n.page} ${n.kind}`), [
			'中国铝业集团有限公司 451 article', '中国第一汽车集团有限公司 454 article', '鞍钢集团有限公司 457 article',
			'中国海洋石油集团有限公司 461 article', '内蒙古中煤蒙大新能源化工有限公司 465 article', '国网大连供电公司 470 article',
		]);
	});
	test('先进人物 holds 39 persons, 包宇 first and 仲伟克 last, all in group 先进人物', () => {
		assert.equal(persons.length, 39);
		assert.deepEqual([persons[0]?.title, persons.at(-1)?.title], ['包宇', '仲伟克']);
		assert.ok(persons.every((p) => p.group === '先进人物'));
	});
});

/** [person, page, first words of the bio, last words of the bio, source line of the name]. */
const BIOS: [string, number, string, string, number][] = [
	['包宇', 474, '协信控股信息技术中心总监', '2017年度中国优秀首席信息官。', 14223],
	['曹峰', 475, '', '', 14241],
	['程翔', 477, '', '', 14327],
	['郭松', 478, '', '', 14362],
	['韩子森', 480, '', '', 14418],
	['李坚', 483, '', '工作。2002年', 14550],
	['沈彦明', 487, '泰山玻璃纤维有限公司(以下简称泰山玻纤)总经理助理、副总工程师。', '', 14661],
	['张灏', 488, '赢胜节能集团有限公司CIO', '', 14722],
	['于亚东', 488, '', '转型升级和互联', 14732],
	['仲伟克', 490, '', '', 14790],
];

describe('先进人物: bios', () => {
	for (const [name, page, first, last, line] of BIOS) {
		test(`${name} (${line}, p.${page})${first ? ` starts “${first}”` : ''}${last ? ` ends “${last}”` : ''}`, () => {
			assert.equal(nodeTitled(name)?.page, page);
			assert.equal(nodeTitled(name)?.sourceLines[0], line);
			assert.ok(text(name).startsWith(bodyForm(first)), text(name).slice(0, 30));
			assert.ok(text(name).endsWith(bodyForm(last)), text(name).slice(-30));
		});
	}
	test('张灏: 14722–14728 and the continuation 14740 make one bio; 于亚东 keeps only 14732–14738', () => {
		assert.ok(text('张灏').includes('以及各地分工厂的逐步建立，分工厂与集团总部的信息化沟通畅通无阻'));
		assert.ok(!text('于亚东').includes('分工厂'));
	});
	test('韩子森 (one blank line before the name) has the whole bio up to 何清刚', () => {
		assert.ok(!text('韩子森').includes('何清刚'));
		assert.ok(text('韩子森').includes('推动天津市服务业转型升级专项项目——轮胎'));
	});
	test('郭松 has 7 numbered sub-headings, 胡浩 5; no other person has a heading', () => {
		const count = (name: string) => (chapterText(name).match(/^#+ \d+\. /gm) ?? []).length;
		assert.deepEqual(persons.map((p) => [p.title, count(p.title)]).filter(([, c]) => c), [['郭松', 7], ['胡浩', 5]]);
	});
	test('杨雪娇: the 5 dated projects stay one paragraph each, 14708 joined to its tail 14710 验项目预算及实施；', () => {
		const dated = chapterText('杨雪娇').split(/\n\n+/).filter((p) => /^\d{4} 年/.test(p.trim()));
		assert.equal(dated.length, 5);
		assert.match(dated[0] ?? '', /验项目预算及实施；$/);
	});
});

describe('先进典范篇: units', () => {
	test('国网大连供电公司 ends with its author line as its own paragraph (14217)', () => {
		assert.match(chapterText('国网大连供电公司'), /\n\n本篇作者：杨万清、吴江宁、刘冰、张葆刚、王跃东。\s*$/);
	});
	test('内蒙古中煤蒙大: the author mini-bios stay inside the unit article (14113–14125)', () => {
		assert.ok(text('内蒙古中煤蒙大新能源化工有限公司').includes('2012年7月毕业于内蒙古科技大学测控技术与仪器专业'));
	});
	test('内蒙古中煤蒙大: 本篇作者简介, 智斌海 and 陈美军 are each a paragraph of their own', () => {
		const paragraphs = chapterText('内蒙古中煤蒙大新能源化工有限公司').split(/\n\n+/).map((p) => p.trim());
		assert.ok(paragraphs.includes('本篇作者简介'));
		assert.ok(paragraphs.includes('智斌海'));
		assert.ok(paragraphs.includes('陈美军'));
	});
	test('中国海洋石油集团有限公司: 3 figures stand in the text as placeholders', () => {
		assert.equal((chapterText('中国海洋石油集团有限公司').match(/^::figure\[/gm) ?? []).length, 3);
	});
});
