/**
 * Ministries and agencies: the 21 that wrote a chapter of 部委篇 (in 目录 order, `chapterTitle` is
 * that chapter's title), then the central bodies the rest of the book names most. One hub page each
 * (/ministry/<slug>/).
 */

export interface Ministry {
	/** ASCII slug (the agency's usual English abbreviation) used in /ministry/<slug>/. */
	slug: string;
	/** Official name as of 2017, as the book prints it. */
	name: string;
	/** Short forms and abbreviations used in the text and by readers (工信部, 发改委 …). */
	aliases: string[];
	/** Title of its chapter in 部委篇, when it has one. */
	chapterTitle?: string;
}

const m = (slug: string, name: string, aliases: string[], chapterTitle?: string): Ministry =>
	chapterTitle === undefined ? { slug, name, aliases } : { slug, name, aliases, chapterTitle };

export const MINISTRIES: readonly Ministry[] = [
	m('moe', '教育部', [], '教育信息化发展概况'),
	m('mohrss', '人力资源和社会保障部', ['人力资源社会保障部', '人社部'], '人力资源和社会保障信息化发展概况'),
	m('mof', '财政部', [], '财政信息化发展概况'),
	m('mlr', '国土资源部', ['国土部'], '国土资源信息化发展概况'),
	m('mep', '环境保护部', ['环保部'], '环境保护信息化发展概况'),
	m('mot', '交通运输部', ['交通部'], '交通运输信息化发展概况'),
	m('moa', '农业部', [], '农业信息化发展概况'),
	m('mcprc', '文化部', [], '文化信息化发展概况'),
	m(
		'nhfpc',
		'国家卫生和计划生育委员会',
		['国家卫生计生委', '卫生计生委', '卫计委', '国家卫计委'],
		'全民健康信息化发展概况',
	),
	m('saic', '国家工商行政管理总局', ['工商总局', '国家工商总局'], '工商系统信息化发展概况'),
	m('sapprft', '国家新闻出版广电总局', ['新闻出版广电总局', '广电总局'], '新闻出版信息化发展概况'),
	m('sipo', '国家知识产权局', ['知识产权局'], '知识产权与专利信息化发展概况'),
	m('cnta', '国家旅游局', ['旅游局'], '旅游行业信息化发展概况'),
	m('cea', '中国地震局', ['地震局'], '地震行业信息化发展概况'),
	m('mps', '公安部', [], '公安系统信息化发展概况'),
	m('court', '最高人民法院', ['最高法'], '人民法院信息化发展概况'),
	m('sport', '国家体育总局', ['体育总局'], '体育信息化发展概况'),
	m('soa', '国家海洋局', ['海洋局'], '海洋信息化发展概况'),
	m('cas', '中国科学院', ['中科院'], '中国科学院科研信息化发展概况'),
	m('nasg', '国家测绘地理信息局', ['测绘地信局', '国家测绘局'], '国家测绘地理信息化发展概况'),
	m('chinaisa', '中国钢铁工业协会', ['钢铁工业协会', '钢协'], '钢铁信息化发展概况'),
	m('miit', '工业和信息化部', ['工信部']),
	m('ndrc', '国家发展和改革委员会', ['国家发展改革委', '国家发改委', '发展改革委', '发改委']),
	m('cac', '国家互联网信息办公室', ['中央网信办', '国家网信办', '网信办']),
	m('sasac', '国务院国有资产监督管理委员会', ['国务院国资委', '国资委']),
	m('stats', '国家统计局', ['统计局']),
	m('most', '科学技术部', ['科技部']),
	m('mofcom', '商务部', []),
	m('mca', '民政部', []),
	m('mohurd', '住房和城乡建设部', ['住房城乡建设部', '住建部']),
	m('sac', '国家标准化管理委员会', ['国家标准委', '标准委']),
	m('nea', '国家能源局', ['能源局']),
	m('sat', '国家税务总局', ['税务总局']),
	m('pbc', '中国人民银行', ['人民银行', '央行']),
];

/** Every spelling of a ministry, the official name first. */
export function ministryNames(ministry: Ministry): string[] {
	return [ministry.name, ...ministry.aliases];
}
