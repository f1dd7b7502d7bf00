import { REGIONS } from './regions.ts';
import { MINISTRIES } from './ministries.ts';

/** The parts in book order (Pagefind lists filter values alphabetically, which reads as random). */
const PART_ORDER = ['卷首', '综述篇', '部委篇', '地区发展篇', '两化融合篇', '专题研究篇', '政策法规篇', '先进典范篇', '信息化大事记', '国际资料篇', '基础数据篇', '附录'];
const TYPE_ORDER = ['章节', '表格', '大事记', '法规', '人物'];

const ORDER: Record<string, readonly string[]> = {
	篇: PART_ORDER,
	类型: TYPE_ORDER,
	地区: REGIONS.map((region) => region.name),
	部委: MINISTRIES.map((ministry) => ministry.name),
};

/** Filter values in reading order: book order for 篇, table order for 地区, 部委篇 order for 部委. */
export function orderFacetValues(key: string, values: readonly string[]): string[] {
	const order = ORDER[key] ?? [];
	const position = (value: string) => {
		const i = order.indexOf(value);
		return i === -1 ? order.length : i;
	};
	return [...values].sort((a, b) => position(a) - position(b) || a.localeCompare(b, 'zh-CN'));
}
