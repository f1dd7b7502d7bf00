import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostic } from '../../../scripts/lib/parse/diagnostics.ts';
import { formatDiagnostic } from '../../../scripts/lib/parse/format-diagnostic.ts';

describe('formatDiagnostic', () => {
	test('names the code and line and shows the numbered source with a caret', () => {
		const text = formatDiagnostic(diagnostic('TABLE_ROW_WIDTH', 2, 'row has 3 cells, its header has 2', 'Check for a stray TAB.'), ['地 区\t人数', '北京\t1\t2', '天津\t3']);
		assert.equal(text, ['error TABLE_ROW_WIDTH: row has 3 cells, its header has 2 (line 2)', '1 | 地 区→人数', '2 | 北京→1→2', '  | ^', '3 | 天津→3', '> Check for a stray TAB.'].join('\n'));
	});
});
