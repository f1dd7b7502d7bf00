import { countMinistryMentions, countRegionMentions, entitiesAbout, ministryOf, regionOf } from './detect-entities.ts';

/** Values of the 类型 filter. */
export type PageType = '章节' | '表格' | '大事记' | '法规' | '人物';

/** What the facets of a page are computed from. */
export interface PageFacetInput {
	/** Part slug (regions, policy …). */
	partId: string;
	/** Book node kind (article, group, person, chronicle). */
	kind: string;
	title: string;
	/** The page's Markdown (all bios for the 先进人物 page). */
	body: string;
	/** Number of data tables standing in the page. */
	tableCount: number;
}

/** Pagefind filters and hidden metadata for one page. */
export interface PageFacets {
	类型: PageType[];
	/** Regions the page is about (reader-facing names: 广东, 内蒙古, 兵团 …). */
	地区: string[];
	/** Ministries and agencies the page is about (official names). */
	部委: string[];
	/** Abbreviations of those entities, indexed so plain Pagefind finds 工信部 too. */
	aliases: string[];
}

/** The 类型 of a page: its kind of reading, plus 表格 when it holds tables. */
export function pageTypes(input: Pick<PageFacetInput, 'partId' | 'kind' | 'tableCount'>): PageType[] {
	const types: PageType[] = [];
	if (input.partId === 'chronicle') types.push('大事记');
	else if (input.partId === 'policy') types.push('法规');
	else if (input.kind === 'group' && input.partId === 'exemplars') types.push('人物');
	else if (input.partId !== 'statistics') types.push('章节');
	if (input.tableCount > 0 || input.partId === 'statistics') types.push('表格');
	return types;
}

/** Filters and aliases of a page, from its title and text (entity detection at build time). */
export function pageFacets(input: PageFacetInput): PageFacets {
	const regions = entitiesAbout(countRegionMentions(input.body), countRegionMentions(input.title));
	const ministries = entitiesAbout(countMinistryMentions(input.body), countMinistryMentions(input.title));
	const regionList = regions.flatMap((slug) => regionOf(slug) ?? []);
	const ministryList = ministries.flatMap((slug) => ministryOf(slug) ?? []);
	return {
		类型: pageTypes(input),
		地区: regionList.map((region) => region.name),
		部委: ministryList.map((ministry) => ministry.name),
		aliases: [...new Set(ministryList.flatMap((ministry) => ministry.aliases))],
	};
}
