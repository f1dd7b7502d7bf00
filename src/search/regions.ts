/**
 * The regions the yearbook reports on: the 34 province-level divisions, the 新疆生产建设兵团 and
 * the six cities that have their own chapter in 地区发展篇. One record per hub page (/region/<slug>/).
 */

/** What kind of place a region record stands for. */
export type RegionKind = 'municipality' | 'province' | 'autonomous' | 'sar' | 'corps' | 'city';

export interface Region {
	/** ASCII slug (pinyin) used in /region/<slug>/. */
	slug: string;
	/** The name readers use and tables print (北京, 内蒙古, 兵团 …). */
	name: string;
	/** Official full name (北京市, 内蒙古自治区 …). */
	fullName: string;
	kind: RegionKind;
	/** Other spellings found in running text; all count as a mention. */
	names: string[];
	/**
	 * One-character 简称 accepted as a whole query (粤 → 广东). Only where it is unambiguous in this
	 * book: 云 (云计算), 宁 (宁夏/宁波), 新, 吉, 黑, 青, 台, 港, 澳, 贵, 甘, 川 are left out on purpose.
	 */
	abbreviations: string[];
}

const r = (
	slug: string,
	name: string,
	fullName: string,
	kind: RegionKind,
	abbreviations: string[] = [],
	names: string[] = [],
): Region => ({ slug, name, fullName, kind, names: [...new Set([fullName, name, ...names])], abbreviations });

/** In the standard order of Chinese statistical tables, then 港澳台, 兵团 and the cities in 目录 order. */
export const REGIONS: readonly Region[] = [
	r('beijing', '北京', '北京市', 'municipality', ['京']),
	r('tianjin', '天津', '天津市', 'municipality', ['津']),
	r('hebei', '河北', '河北省', 'province', ['冀']),
	r('shanxi', '山西', '山西省', 'province', ['晋']),
	r('neimenggu', '内蒙古', '内蒙古自治区', 'autonomous', ['蒙']),
	r('liaoning', '辽宁', '辽宁省', 'province', ['辽']),
	r('jilin', '吉林', '吉林省', 'province'),
	r('heilongjiang', '黑龙江', '黑龙江省', 'province'),
	r('shanghai', '上海', '上海市', 'municipality', ['沪']),
	r('jiangsu', '江苏', '江苏省', 'province', ['苏']),
	r('zhejiang', '浙江', '浙江省', 'province', ['浙']),
	r('anhui', '安徽', '安徽省', 'province', ['皖']),
	r('fujian', '福建', '福建省', 'province', ['闽']),
	r('jiangxi', '江西', '江西省', 'province', ['赣']),
	r('shandong', '山东', '山东省', 'province', ['鲁']),
	r('henan', '河南', '河南省', 'province', ['豫']),
	r('hubei', '湖北', '湖北省', 'province', ['鄂']),
	r('hunan', '湖南', '湖南省', 'province', ['湘']),
	r('guangdong', '广东', '广东省', 'province', ['粤']),
	r('guangxi', '广西', '广西壮族自治区', 'autonomous', ['桂'], ['广西自治区']),
	r('hainan', '海南', '海南省', 'province', ['琼']),
	r('chongqing', '重庆', '重庆市', 'municipality', ['渝']),
	r('sichuan', '四川', '四川省', 'province', ['蜀']),
	r('guizhou', '贵州', '贵州省', 'province', ['黔']),
	r('yunnan', '云南', '云南省', 'province', ['滇']),
	r('xizang', '西藏', '西藏自治区', 'autonomous', ['藏']),
	r('shaanxi', '陕西', '陕西省', 'province', ['陕']),
	r('gansu', '甘肃', '甘肃省', 'province', ['陇']),
	r('qinghai', '青海', '青海省', 'province'),
	r('ningxia', '宁夏', '宁夏回族自治区', 'autonomous', [], ['宁夏自治区']),
	r('xinjiang', '新疆', '新疆维吾尔自治区', 'autonomous', [], ['新疆自治区']),
	r('hongkong', '香港', '香港特别行政区', 'sar', [], ['香港特区']),
	r('macao', '澳门', '澳门特别行政区', 'sar', [], ['澳门特区']),
	r('taiwan', '台湾', '台湾省', 'province'),
	r('bingtuan', '兵团', '新疆生产建设兵团', 'corps', [], ['新疆兵团']),
	r('dalian', '大连', '大连市', 'city'),
	r('ningbo', '宁波', '宁波市', 'city'),
	r('xiamen', '厦门', '厦门市', 'city'),
	r('chengdu', '成都', '成都市', 'city'),
	r('guangzhou', '广州', '广州市', 'city'),
	r('wuhan', '武汉', '武汉市', 'city'),
];

/** Chinese label of a region kind, for hub pages. */
export const REGION_KIND_LABEL: Record<RegionKind, string> = {
	municipality: '直辖市',
	province: '省',
	autonomous: '自治区',
	sar: '特别行政区',
	corps: '生产建设兵团',
	city: '计划单列市或副省级城市',
};
