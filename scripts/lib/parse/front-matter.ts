import type { Block } from './blocks.ts';
import { compactTitle } from './parts.ts';
import type { ClassifiedLine } from './types.ts';

/** A part of the front matter kept for the cover, as blocks ready to be written as Markdown. */
export interface FrontSection {
	id: 'publication' | 'committee' | 'office' | 'notes';
	title: string;
	blocks: Block[];
	lines: [number, number];
}

export interface FrontMatter {
	sections: FrontSection[];
	/** 编辑说明's one-line description of each part, keyed by the part title (e.g. 综述篇 → 概述…). */
	partDescriptions: Map<string, string>;
	/** Every line used: its disposition and the front section (`front-notes` …) it went to. */
	dispositions: Map<number, [string, string]>;
}

const SECTION_TITLES: { id: FrontSection['id']; title: string; heading: string }[] = [
	{ id: 'committee', title: '编委会', heading: '《中国信息化年鉴》编委会' },
	{ id: 'office', title: '编辑部', heading: '《中国信息化年鉴》编辑部' },
	{ id: 'notes', title: '编辑说明', heading: '编辑说明' },
];

/** 编委会 prints its 26 member lines as a column of "单位 职务" lines followed by a column of the 26 names. */
function pairCommitteeColumns(lines: ClassifiedLine[]): Block[] {
	const texts = lines.filter((l) => l.kind === 'text');
	const half = texts.length / 2;
	const second = texts.slice(half);
	const namesColumn = Number.isInteger(half) && second.every((l) => compactTitle(l.text).length <= 4);
	if (!namesColumn) return texts.map((l) => ({ type: 'paragraph', text: l.text, lines: [l.number] }));
	return texts.slice(0, half).map((role, i) => {
		const name = second[i] as ClassifiedLine;
		return { type: 'list-item', text: `${role.text} ${compactTitle(name.text)}`, lines: [role.number, name.number] };
	});
}

/** The committee: 主任/秘书长 with their names, the paired 编委 columns, then the tab rows 单位/职务/姓名. */
function committeeBlocks(lines: ClassifiedLine[]): Block[] {
	const blocks: Block[] = [];
	const memberStart = lines.findIndex((l) => compactTitle(l.text) === '编委');
	const head = memberStart < 0 ? lines : lines.slice(0, memberStart + 1);
	for (const line of head.filter((l) => l.kind === 'text')) blocks.push({ type: 'paragraph', text: line.text, lines: [line.number] });
	if (memberStart < 0) return blocks;
	const rest = lines.slice(memberStart + 1);
	const firstRow = rest.findIndex((l) => l.kind === 'table-row');
	blocks.push(...pairCommitteeColumns(firstRow < 0 ? rest : rest.slice(0, firstRow)));
	for (const line of firstRow < 0 ? [] : rest.slice(firstRow)) {
		if (line.kind === 'table-row') {
			const [unit = '', role = '', name = ''] = line.cells ?? [];
			blocks.push({ type: 'list-item', text: `${unit} ${role} ${compactTitle(name)}`, lines: [line.number] });
		} else if (line.kind === 'text') blocks.push({ type: 'paragraph', text: line.text, lines: [line.number], role: 'note' });
	}
	return blocks;
}

/** Markdown the extraction left in 编辑说明: `- (一) **综述篇**：…` */
const PART_BULLET = /^- \([一二三四五六七八九十]+\) \*\*(.+?)\*\*[：:](.*)$/;

/** Read the front matter (everything before the 目录) into cover sections. */
export function readFrontMatter(lines: ClassifiedLine[]): FrontMatter {
	const dispositions = new Map<number, [string, string]>();
	const partDescriptions = new Map<string, string>();
	const starts = SECTION_TITLES.map((s) => ({ ...s, at: lines.findIndex((l) => l.kind === 'text' && l.text === s.heading) }));
	const bounds = [{ id: 'publication' as const, title: '出版信息', heading: '', at: 0 }, ...starts.filter((s) => s.at >= 0)];
	const sections = bounds.map((section, k) => {
		const slice = lines.slice(section.at, bounds[k + 1]?.at ?? lines.length);
		const body = section.heading ? slice.slice(1) : slice;
		if (section.heading) dispositions.set(slice[0]?.number ?? 1, ['front-title', `front-${section.id}`]);
		let blocks: Block[];
		if (section.id === 'committee') blocks = committeeBlocks(body);
		else {
			blocks = body.filter((l) => l.kind !== 'blank').map((l): Block => {
				const bullet = l.text.match(PART_BULLET);
				if (bullet) {
					partDescriptions.set(bullet[1] ?? '', (bullet[2] ?? '').trim());
					return { type: 'list-item', text: l.text.slice(2).replace(/\*\*/g, ''), lines: [l.number] };
				}
				return { type: 'paragraph', text: l.text.replace(/\t/g, ' '), lines: [l.number] };
			});
		}
		for (const block of blocks) for (const n of block.lines) dispositions.set(n, ['front-matter', `front-${section.id}`]);
		const numbers = slice.map((l) => l.number);
		return { id: section.id, title: section.heading || section.title, blocks, lines: [numbers[0] ?? 1, numbers.at(-1) ?? 1] as [number, number] };
	});
	return { sections, partDescriptions, dispositions };
}
