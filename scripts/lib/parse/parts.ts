/** The ten 篇 and the 附录 in book order, with the ASCII slug used in URLs and file names. */
export const PARTS = [
	{ id: 'overview', title: '综述篇' },
	{ id: 'ministries', title: '部委篇' },
	{ id: 'regions', title: '地区发展篇' },
	{ id: 'integration', title: '两化融合篇' },
	{ id: 'studies', title: '专题研究篇' },
	{ id: 'policy', title: '政策法规篇' },
	{ id: 'exemplars', title: '先进典范篇' },
	{ id: 'chronicle', title: '信息化大事记' },
	{ id: 'international', title: '国际资料篇' },
	{ id: 'statistics', title: '基础数据篇' },
	{ id: 'appendix', title: '附录' },
] as const;

export type PartId = (typeof PARTS)[number]['id'];

/** Groups inside 先进典范篇: they head a run of entries but have no text of their own. */
export const GROUPS = [
	{ id: 'units', title: '优秀单位' },
	{ id: 'persons', title: '先进人物' },
] as const;

/** Title comparison that ignores all whitespace, as the 目录 and the body space names differently. */
export function compactTitle(text: string): string {
	return text.replace(/\s+/g, '');
}
