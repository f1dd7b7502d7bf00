import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFrontMatter } from '../../../scripts/lib/parse/front-matter.ts';
import { lines } from '../../support/source-lines.ts';

describe('readFrontMatter', () => {
	const front = readFrontMatter(
		lines('中国信息化年鉴\n\n《中国信息化年鉴》编委会\n\n编 委\n\n工业和信息化部 办公厅副主任\n\n中国工程院 办公厅主任\n\n陶少华\n\n董庆九\n\n北京市经济和信息化委员会\t主任\t张伯旭\n\n编辑说明\n\n- (一) **综述篇**：概述我国信息化发展总体情况。'),
	);
	test('pairs the column of roles with the column of names printed after it', () => {
		const committee = front.sections.find((s) => s.id === 'committee');
		assert.deepEqual(committee?.blocks.filter((b) => b.type === 'list-item').map((b) => 'text' in b && b.text), ['工业和信息化部 办公厅副主任 陶少华', '中国工程院 办公厅主任 董庆九', '北京市经济和信息化委员会 主任 张伯旭']);
	});
	test('reads each part’s description from 编辑说明 and drops the leaked Markdown', () => {
		assert.equal(front.partDescriptions.get('综述篇'), '概述我国信息化发展总体情况。');
		const notes = front.sections.find((s) => s.id === 'notes');
		assert.deepEqual(notes?.blocks.map((b) => 'text' in b && b.text), ['(一) 综述篇：概述我国信息化发展总体情况。']);
	});
	test('keeps the printed headings as section titles', () => {
		assert.deepEqual(front.sections.map((s) => s.title), ['出版信息', '《中国信息化年鉴》编委会', '编辑说明']);
	});
});
