import type { Block } from './blocks.ts';
import { HEADING_RANK } from './line-roles.ts';

/**
 * Give every heading its depth inside the article: one more than the nearest heading above it with a
 * higher rank. So （一） directly under the title is level 1, and 1. directly under 【…】 is level 2.
 */
export function headingLevels(blocks: Block[]): Map<Block, number> {
	const levels = new Map<Block, number>();
	const open: { rank: number; level: number }[] = [];
	const visit = (list: Block[]) => {
		for (const block of list) {
			if (block.type === 'box') visit(block.blocks);
			if (block.type !== 'heading') continue;
			const rank = HEADING_RANK[block.style];
			while ((open.at(-1)?.rank ?? -1) >= rank) open.pop();
			const level = open.length + 1;
			open.push({ rank, level });
			levels.set(block, level);
		}
	};
	visit(blocks);
	return levels;
}
