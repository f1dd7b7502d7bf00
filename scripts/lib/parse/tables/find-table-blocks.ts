import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { ClassifiedLine } from '../types.ts';

/** A maximal run of consecutive TAB lines: `start`/`end` index into the chapter's lines (end exclusive). */
export interface TabBlock {
	start: number;
	end: number;
	rows: ClassifiedLine[];
}

/** One logical table before its cells are read: its first block and the 续表 blocks that continue it. */
export interface TableDraft {
	blocks: [TabBlock, ...TabBlock[]];
	/** Line numbers of the `续表` markers that joined the blocks. */
	continuationMarkers: number[];
}

/** Group consecutive table-row lines into blocks. A blank line ends a block. */
function findBlocks(lines: ClassifiedLine[]): TabBlock[] {
	const blocks: TabBlock[] = [];
	let current: TabBlock | undefined;
	lines.forEach((line, index) => {
		if (line.kind !== 'table-row') {
			current = undefined;
			return;
		}
		if (!current) {
			current = { start: index, end: index + 1, rows: [] };
			blocks.push(current);
		}
		current.rows.push(line);
		current.end = index + 1;
	});
	return blocks;
}

/** The nearest non-blank line before `index`, if it is a `续表` marker. */
function continuationMarkerBefore(lines: ClassifiedLine[], index: number): ClassifiedLine | undefined {
	for (let i = index - 1; i >= 0; i--) {
		const line = lines[i];
		if (!line || line.kind === 'blank') continue;
		return line.kind === 'continued-table' ? line : undefined;
	}
	return undefined;
}

/**
 * Find the chapter's tab blocks and merge each block that follows a `续表` line into the table above it.
 * A `续表` with no table above is reported and its block starts a table of its own.
 */
export function findTableBlocks(lines: ClassifiedLine[]): { drafts: TableDraft[]; orphanMarkers: number[]; diagnostics: Diagnostic[] } {
	const drafts: TableDraft[] = [];
	const orphanMarkers: number[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const block of findBlocks(lines)) {
		const marker = continuationMarkerBefore(lines, block.start);
		const previous = drafts.at(-1);
		if (marker && previous) {
			previous.blocks.push(block);
			previous.continuationMarkers.push(marker.number);
			continue;
		}
		if (marker) {
			orphanMarkers.push(marker.number);
			diagnostics.push(
				diagnostic(
					'TABLE_CONTINUATION_ORPHAN',
					marker.number,
					'续表 stands before a tab block, but no table comes before it in this chapter.',
					'Check that the chapter starts where it should; the block is kept as a table of its own.',
				),
			);
		}
		drafts.push({ blocks: [block], continuationMarkers: [] });
	}
	return { drafts, orphanMarkers, diagnostics };
}
