import type { HeadingStyle } from './line-roles.ts';

/** What a chapter is made of after assembly, in reading order. Every block keeps its source lines. */
export type Block =
	| { type: 'heading'; style: HeadingStyle; text: string; lines: number[] }
	| { type: 'paragraph'; text: string; lines: number[]; role?: 'byline' | 'note' | 'source' | 'law-article' | undefined }
	| { type: 'list-item'; text: string; lines: number[] }
	| { type: 'figure'; caption: string; source?: string | undefined; lines: number[] }
	| { type: 'table'; tableId: string; lines: number[] }
	| { type: 'box'; title: string; lines: number[]; blocks: Block[] }
	| { type: 'signature'; texts: string[]; lines: number[] }
	| { type: 'contents-list'; title: string; items: string[]; lines: number[] };

/** A block with heading levels resolved: depth inside the article, 1 = directly under the title. */
export type LeveledHeading = Extract<Block, { type: 'heading' }> & { level: number };
