import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collapseCjkSpaces, compact } from '../../../../scripts/lib/parse/tables/text.ts';

describe('collapseCjkSpaces', () => {
	test('removes letter-spacing inside Chinese names', () => {
		assert.equal(collapseCjkSpaces('内 蒙 古'), '内蒙古');
		assert.equal(collapseCjkSpaces('黑 龙 江'), '黑龙江');
	});
	test('removes a wrap space before full-width punctuation', () => {
		assert.equal(collapseCjkSpaces('软件业务收入 （万元）'), '软件业务收入（万元）');
		assert.equal(collapseCjkSpaces('2016 年全国各省（自治区、直辖市）软件和 信息技术服务业发展情况'), '2016 年全国各省（自治区、直辖市）软件和信息技术服务业发展情况');
	});
	test('keeps spaces next to digits, Latin letters and ASCII brackets', () => {
		assert.equal(collapseCjkSpaces('2012 年'), '2012 年');
		assert.equal(collapseCjkSpaces('多品种小批量复杂 GNC 产品'), '多品种小批量复杂 GNC 产品');
		assert.equal(collapseCjkSpaces('网民数 (万人)'), '网民数 (万人)');
	});
});

describe('compact', () => {
	test('removes every whitespace', () => {
		assert.equal(compact('等 级\t序 号 '), '等级序号');
	});
});
