import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type KeyPress, pageTurn } from '../../../src/utils/arrow-keys.ts';

const press = (overrides: Partial<KeyPress>): KeyPress => ({
	key: 'ArrowRight',
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	targetTag: 'BODY',
	targetEditable: false,
	inHorizontalScroller: false,
	...overrides,
});

describe('pageTurn', () => {
	test('turns to the next page on → and the previous on ←', () => {
		assert.equal(pageTurn(press({})), 'next');
		assert.equal(pageTurn(press({ key: 'ArrowLeft' })), 'prev');
	});
	test('ignores other keys', () => {
		assert.equal(pageTurn(press({ key: 'ArrowDown' })), null);
	});
	test('leaves modified arrows to the browser (Alt+← is history back)', () => {
		for (const modifier of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const) {
			assert.equal(pageTurn(press({ [modifier]: true })), null, modifier);
		}
	});
	test('leaves arrows to form fields and editable text', () => {
		assert.equal(pageTurn(press({ targetTag: 'INPUT' })), null);
		assert.equal(pageTurn(press({ targetTag: 'SELECT' })), null);
		assert.equal(pageTurn(press({ targetEditable: true })), null);
	});
	test('leaves arrows to a wide table that scrolls sideways', () => {
		assert.equal(pageTurn(press({ inHorizontalScroller: true })), null);
	});
});
