import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDirectory } from '../../../scripts/lib/parse/directory.ts';
import { lines } from '../../support/source-lines.ts';

const context = { chapterId: 'policy-10', chapterTitle: '国家信息化相关法律法规目录', partId: 'policy', page: 423, tableId: 't093' };

describe('parseDirectory', () => {
	test('reads records with and without 发文字号 into table rows', () => {
		const { table, diagnostics } = parseDirectory(
			lines('【法规标题】关于稳步推进改革的试点方案\n\n【颁布单位】财政部\n\n【发文字号】财综〔2017〕32号\n\n【颁布时间】2017-6-19\n\n【法规标题】暂行办法\n\n【颁布单位】国家发展和改革委员会 工业和信息化部\n\n【颁布时间】2017-5-1'),
			context,
		);
		assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.text)), [
			['关于稳步推进改革的试点方案', '财政部', '财综〔2017〕32号', '2017-6-19'],
			['暂行办法', '国家发展和改革委员会 工业和信息化部', '', '2017-5-1'],
		]);
		assert.deepEqual(diagnostics, []);
	});
	test('warns about a record without 颁布时间', () => {
		const { diagnostics } = parseDirectory(lines('【法规标题】某办法\n【颁布单位】某部'), context);
		assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.line]), [['DIRECTORY_RECORD_INCOMPLETE', 'warning', 1]]);
	});
});
