import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseDisplayScale, formatChineseNumber, formatNumber, formatWithUnit, scaleValue } from '../../../src/utils/format-number.ts';

describe('chooseDisplayScale', () => {
	test('moves 万人 up to 亿人 once the largest value passes 1 亿', () => {
		assert.deepEqual(chooseDisplayScale(73125, '万人'), { divisor: 1e4, unit: '亿人' });
	});

	test('keeps 万 when the values stay below 1 亿', () => {
		assert.deepEqual(chooseDisplayScale(6148, '万台'), { divisor: 1, unit: '万台' });
	});

	test('turns 48232 亿元 into 万亿元', () => {
		assert.deepEqual(chooseDisplayScale(48232.2, '亿元'), { divisor: 1e4, unit: '万亿元' });
	});

	test('adds 万 to a plain counted unit', () => {
		assert.deepEqual(chooseDisplayScale(943843, '个'), { divisor: 1e4, unit: '万个' });
		assert.deepEqual(chooseDisplayScale(9438, '个'), { divisor: 1, unit: '个' });
	});

	test('never scales percentages, ratios, Latin units or an empty unit', () => {
		for (const unit of ['%', '部/百人', '台/百户', 'Mbps', '块/32', '']) {
			assert.deepEqual(chooseDisplayScale(6640291, unit), { divisor: 1, unit }, unit);
		}
	});
});

describe('number formatting', () => {
	test('scaleValue divides without binary noise', () => {
		assert.equal(scaleValue(48232.2, 1e4), 4.82322);
		assert.equal(scaleValue(0.3, 1), 0.3);
	});

	test('formatNumber groups thousands and drops trailing zeros', () => {
		assert.equal(formatNumber(73125), '73,125');
		assert.equal(formatNumber(109395.0), '109,395');
		assert.equal(formatNumber(1.23456), '1.23');
	});

	test('formatChineseNumber writes 万 and 亿', () => {
		assert.equal(formatChineseNumber(731250000), '7.31亿');
		assert.equal(formatChineseNumber(56400), '5.64万');
		assert.equal(formatChineseNumber(950), '950');
		assert.equal(formatChineseNumber(-23000), '-2.3万');
		assert.equal(formatChineseNumber(4.8e12), '4.8万亿');
	});

	test('formatWithUnit closes a percentage up and spaces other units', () => {
		assert.equal(formatWithUnit(53.2, '%'), '53.2%');
		assert.equal(formatWithUnit(73125, '万人'), '73,125 万人');
		assert.equal(formatWithUnit(72.68, ''), '72.68');
	});
});
