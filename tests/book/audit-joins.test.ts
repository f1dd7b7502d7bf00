/**
 * Audit: paragraphs the printed page cut in two must read as one paragraph, and lines that only look like the
 * first half of a sentence (headings, captions, names, labels) must stay apart. Line numbers are those of
 * content/source/zgxxh-2017.txt; the split list is the hand-reviewed one of the source map (842 splits, less
 * the 7 whose continuation the extraction moved or lost, which are asserted one by one below).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyForm, book, chapterText, hasJoined, nodes, sourceLine } from './audit-support.ts';

/** First-half lines per part: `555` means 555 continues on 557 (one blank between), `14329>14332` names the continuation. */
const SPLITS: Record<string, string> = {
	综述篇: `
		555 563 573 581 591 617 621 631 641 651 667 681 691 703 711 721 735 743 751 767 779 791 799 823 835 839 849
		851 855 863 869 877 883 889 895 899 901 913 925 935 945 953 975 1005 1022 1026 1034 1046 1050 1058 1072 1076
		1084 1086 1094 1102 1108 1114 1116 1130 1148 1154 1158 1164 1172 1176 1184 1192 1194 1204 1212 1229 1247 1253
		1263 1281 1291 1311 1329 1343 1361 1382`,
	部委篇: `
		1402 1420 1430 1448 1454 1464 1474 1476 1486 1492 1498 1508 1524 1532 1548 1560 1588 1602 1640 1674 1684 1698
		1722 1726 1736 1740 1754 1762 1790 1804 1834 1842 1854 1856 1864 1892 1920 1952 1966 1992 2016 2018 2028 2038
		2062 2080 2094 2104 2110 2129 2165 2217 2249 2293 2307 2325 2341 2351 2367 2373 2387 2399 2409 2463 2529 2549
		2561 2577 2579 2591 2597 2611 2623 2627 2639 2651 2691 2699 2719 2725 2747 2757 2767 2787 2805 2811 2817 2839
		2869 2906 2942 2958 2974 2976`,
	地区发展篇: `
		3135 3149 3159 3161 3171 3181 3201 3213 3223 3247 3267 3277 3289 3303 3321 3335 3373 3393 3415 3439 3451 3469
		3479 3489 3511 3543 3557 3565 3575 3581 3589 3601 3611 3625 3637 3639 3657 3667 3669 3686 3692 3694 3709 3715
		3741 3757 3787 3799 3815 3845 3875 3885 3895 3911 3933 3955 3977 3997 4013 4025 4037 4049 4057 4077 4089 4097
		4105 4107 4123 4133 4147 4163 4173 4187 4189 4201 4211 4225 4245 4251 4261 4273 4275 4293 4311 4325 4363 4377
		4387 4421 4423 4435 4455 4465 4479 4487 4493 4507 4513 4531 4549 4555 4565 4571 4589 4599 4605 4615 4665 4677
		4679 4709 4725 4739 4745 4751 4757 4763 4773 4779 4789 4817 4827 4845 4855 4863 4883 4895 4929 4943 4961 4981
		4985 4997 5005 5013 5027 5031 5061 5081 5105 5113 5121 5133 5145 5171 5183 5187 5201 5215 5235 5271 5277 5285
		5293 5305 5313 5319 5331 5357 5371 5389 5399 5407 5417 5443 5457 5475 5491 5493 5505 5525 5545 5567 5601 5619
		5639 5655 5665 5681 5695 5701 5715 5721 5733 5747 5759 5769 5771 5787 5797 5807 5819 5831 5855 5873 5879 5963`,
	两化融合篇: `
		5988 5990 5994 6068 6092 6102 6131 6145 6153 6167 6189 6191 6209 6258 6270 6282 6304 6306 6371 6381 6403 6405
		6454 6478 6502 6551 6563 6579 6593 6602 6645 6673 6677 6689 6691 6705 6717 6742 6772 6796 6806 6847 6875 6879
		6889 6903 6925 6956 6966 6990 7063 7077 7093 7097 7119 7125 7156 7168 7182 7190 7202 7212 7226 7238 7263 7279
		7307 7309 7323 7337 7368 7418 7432 7461 7471 7499 7513 7544 7554 7568 7582 7584 7594 7608 7647 7663 7679 7681
		7703 7744 7758 7786 7800 7839 7853 7875 7885 7899 7930 7940 7954 7970 7988 8000 8043 8081 8089 8103 8142 8154
		8160 8172 8182 8196 8233 8245 8259 8277 8291 8311 8336 8352 8366 8388 8390 8404 8414 8453 8469 8481 8499 8513
		8523 8533 8565 8594 8608 8632`,
	专题研究篇: `
		8675 8702 8708 8723 8725 8727 8740 8760 8770 8780 8784 8798 8802 8814 8822 8846 8852 8864 8868 8878 8900 8912
		8928 8934 8942 8958 8972 8978 8994 9000 9012 9020 9024 9037 9067 9103 9125 9141 9163 9173 9213 9227 9251 9261
		9269 9271 9283 9289 9305 9319 9327 9337 9343 9351 9359 9363 9373 9391 9403 9425 9435`,
	政策法规篇: `
		9473 9497 9547 9573 9623 9665 9725 9763 9777 9809 9829 9849 9885 9901 9917 9937 9991 10041 10055 10069 10103
		10135 10167 10199 10221 10251 10279 10289 10313 10337 10353 10373 10389 10395 10417 10429 10472 10506 10537
		10553 10569 10583 10613 10629 10647 10669 10685 10709 10725 10763 10771 10837 10853 10899 10919 10935 10949
		10973 10985 10999 11013 11041 11057 11067 11077 11225 11241 11261 11355 11379 11401 11425 11443 11457 11471
		11497 11509 11531 11539 11549 11561 11579 11597 11613 11627 11643 11657 11673 11675 11691 11693 11721 11767
		11797 11825 11837 11863 11877 11893 11907`,
	先进典范篇: `
		13659 13669 13685 13705 13717 13723 13737 13751 13763 13777 13789 13805 13809 13821 13841 13853 13869 13885
		13897 13903 13919 13931 13945 13951 13965 13977 13979 13993 14002 14004 14014 14025 14031 14071 14073 14091
		14101 14105 14129 14131 14147 14157 14171 14185 14197 14207 14213 14225 14233 14247 14261 14279 14299 14303
		14329>14332 14346 14364 14376 14390 14412 14440 14518 14532 14558 14584 14601 14655 14663>14664 14678 14688
		14708 14724 14736 14756 14772 14780 14784 14792`,
	信息化大事记: `
		14824 14850 14860 14870 14880 14892 14902 14912 14926 14934 14946 14960 14980 14990 15012 15028 15046 15056
		15068 15088 15114`,
	国际资料篇: `
		15134 15142 15152 15164 15176 15196 15210 15222 15238 15248 15258 15272 15298 15320 15326 15336 15344 15360
		15368 15376 15388 15396 15406 15412 15426 15442 15452 15460 15498 15510 15524 15542 15550 15556 15558 15570
		15574 15592 15604 15634 15648 15658 15696 15704 15718 15732 15744 15756 15768 15778 15800 15814 15842 15850
		15888 15900 15928 15940 15954 15966 15980 16018 16026`,
};

const splitPairs = (list: string): [number, number][] =>
	list.trim().split(/\s+/).map((item) => {
		const [first, next] = item.split('>').map(Number);
		return [first ?? 0, next ?? (first ?? 0) + 2];
	});

/** The chapter text that holds a source line: an event's text inside 大事记, else the innermost chapter. */
function textHolding(line: number): string {
	const event = book.events.find((e) => e.sourceLines[0] <= line && line <= e.sourceLines[1]);
	if (event) return event.text;
	// 张灏's range reaches into 于亚东's (his bio continues there), so the latest-starting chapter wins.
	const node = nodes
		.filter((n) => n.kind !== 'group' && n.sourceLines[0] <= line && line <= n.sourceLines[1])
		.sort((a, b) => b.sourceLines[0] - a.sourceLines[0])[0];
	if (!node) throw new Error(`no chapter holds line ${line}`);
	return chapterText(node.title);
}

/** The six characters either side of the break, spaces and the ' and ' damage (→ 和) removed. */
const seam = (first: number, next: number): string => {
	const clean = (n: number) => bodyForm(sourceLine(n).trim().replace(/ and /g, '和'));
	return clean(first).slice(-6) + clean(next).slice(0, 6);
};

describe('page-break splits of every part are joined (source map, Appendix B)', () => {
	for (const [part, list] of Object.entries(SPLITS)) {
		test(`${part}: every split reads contiguously`, () => {
			const broken = splitPairs(list).filter(([a, b]) => !bodyForm(textHolding(a)).includes(seam(a, b)));
			assert.deepEqual(broken.map(([a, b]) => `${a}→${b} ${seam(a, b)}`), []);
		});
	}
});

/** [part, article, text that must read contiguously, source lines of the two halves]. */
const JOINED: [string, string, string, string][] = [
	['综述篇', '中国信息化发展概况', '推动信息技术与经济社会发展深度融合', '555/557'],
	['综述篇', '经济领域信息化', '金额为17.06万亿元', '779/781 — after a digit'],
	['综述篇', '云计算应用发展情况', '2016 年 12月，阿里云又宣布了', '1253/1255 — month cut after the number'],
	['综述篇', '中国信息化发展概况', '正在快速改变市民的生活与工作', '591/593 — a short tail'],
	['部委篇', '国土资源信息化发展概况', '国土资源部门户网站', '1548/1550 — first half looks complete'],
	['部委篇', '全民健康信息化发展概况', '44家委属(管)医院的互联互通', '1864/1866 — after a closing bracket'],
	['部委篇', '公安系统信息化发展概况', '国家科学技术进步二等奖。项目突破了', '2549/2551 — first half starts like （1）'],
	['部委篇', '体育信息化发展概况', '推进电子政务办公(OA) 系统建设', '2691/2693 — long enumerated paragraph'],
	['地区发展篇', '内蒙古自治区信息化发展概况', '销售收入 29.4亿元', '3611/3613'],
	['地区发展篇', '辽宁省信息化发展概况', '截至 2017年 12 月底', '3692/3694'],
	['地区发展篇', '重庆市信息化发展概况', '开通“车来了”App', '5005/5007 — after a closing quote'],
	['地区发展篇', '广州市信息化发展概况', '“三合一”解决方案', '5797/5799'],
	['地区发展篇', '武汉市信息化发展概况', '“宽进、快审、严管”的全新模式', '5963/5965'],
	['两化融合篇', '两化融合发展概述', '（自治区、直辖市）陆续印发了实施意见', '5988/5990'],
	['两化融合篇', '黑龙江省两化融合发展水平分析', '推行“联合查验”“一次放行”', '6879/6881'],
	['两化融合篇', '宁夏回族自治区两化融合发展水平分析', '凸显宁夏回族自治区区发展优势', '8608/8610 — the doubled 区 is printed'],
	['专题研究篇', '智能制造的三个支点', '图 4 所示的架构设计描述了工业互联网系统的内外 3 层结构', '8723/8725 — not a caption'],
	['专题研究篇', '工业互联网重塑企业数字化能力', '对产品质量进行全过程追溯？', '9067/9069 — a 3-character tail'],
	['专题研究篇', '数字中国开启我国信息化发展新征程', '（以下简称《报告》）。《报告》分析了数字中国面临的形势', '9229/9231 — after 》, missing from the source map list'],
	['政策法规篇', '互联网新闻信息服务许可管理实施细则', '对申请事项不属于职权范围的,应当即时作出不予受理的', '9547/9549 — split list item'],
	['政策法规篇', '政府网站发展指引', '由产生可公开政务信息数据和具有对', '9665/9667 — （2） lead split'],
	['政策法规篇', '政府网站发展指引', '电子证照库和统一身份认证系统', '9849/9851'],
	['政策法规篇', '互联网新闻信息服务管理规定', '开展互联网新闻信息服务活动。', '10135/10137 — 第X条 split'],
	['政策法规篇', '“十三五”国家信息化规划', '基本实现广播电视户户通（见表2）。', '10506/10508 — tail before a table'],
	['政策法规篇', '“十三五”国家信息化规划', '服务体系，推进网络身份可溯源和信息保护工作。', '10809/10823 — continuation moved past 专栏 12'],
	['政策法规篇', '国家信息化发展战略纲要', '完善互联网企业资本准入制度，设立中国互联网投资基金', '11681/11685 — a heading was interposed'],
	['政策法规篇', '中华人民共和国网络安全法', '网络运营者，是指网络的所有者、管理者和网络服务提供者', '11509/11511 — definition item split'],
	['政策法规篇', '中华人民共和国网络安全法', '必须遵守法律、行政法规', '11241/11243 — 第X条 ending in ，'],
	['先进典范篇', '中国第一汽车集团有限公司', '以NVH研究所为试点', '13751/13753 — after a Latin letter'],
	['先进典范篇', '程翔', '浙江省企业信息化促进会常务理事', '14329/14332 — a space-only line between'],
	['先进典范篇', '戚建国', '信息化建设项目，2002 年获省级鉴定', '14655/14657 — next line starts with a year'],
	['先进典范篇', '沈彦明', '泰山玻璃纤维有限公司(以下简称泰山玻纤)', '14663/14664 — no blank line'],
	['先进典范篇', '张灏', '以及各地分工厂的逐步建立，分工厂与集团总部', '14728/14740 — continues inside 于亚东'],
	['先进典范篇', '张灏', '与管理工作的 10余年', '14724/14726'],
	['国际资料篇', '世界信息化发展现状', '主权财富基金 PIF联手打造', '15152/15154'],
	['国际资料篇', '世界智慧城市发展情况', '到 2019年，投入的资金总额', '15940/15942'],
];

describe('hand-picked joins, by part', () => {
	for (const [part, article, text, lines] of JOINED) {
		test(`${part} ${article}: “${text}” (${lines})`, () => assert.ok(hasJoined(article, text)));
	}
	test('国际资料篇 世界智慧城市发展情况: the Latin words cut at 15954/15956 keep their space, (City Digital)', () => {
		assert.match(chapterText('世界智慧城市发展情况'), /\(City Digital\)/);
	});
	test('信息化大事记: the 2016-12-14 event takes its continuation line 15090', () => {
		assert.ok(bodyForm(book.events.find((e) => e.sourceLine === 15088)?.text ?? '').endsWith('10位专家、学者组成。'));
	});
});

/** [part, article, first line, next line, why they are separate paragraphs]. */
const APART: [string, string, number, number, string][] = [
	['部委篇', '体育信息化发展概况', 2701, 2703, 'a paragraph ending in 。 before a 【】 heading'],
	['地区发展篇', '甘肃省信息化发展概况', 5289, 5291, 'the lost continuation: no text may be glued to 【工控安全领域】'],
	['政策法规篇', '互联网新闻信息服务许可管理实施细则', 9539, 9541, 'a 第X条 ending in ： before its list item'],
	['政策法规篇', '中华人民共和国网络安全法', 11285, 11287, 'a 第X条 ending in ： before its list item'],
	['政策法规篇', '关于深化制造业与互联网融合发展的指导意见', 11917, 11918, 'signer and date (no blank line between)'],
	['先进典范篇', '内蒙古中煤蒙大新能源化工有限公司', 13989, 13991, 'a figure caption and the text after it'],
	['先进典范篇', '杨雪娇', 14706, 14708, 'a line ending in ： before a dated list'],
	['国际资料篇', '世界电子商务发展情况', 15650, 15652, 'a paragraph ending in 。”'],
	['国际资料篇', '世界电子政务发展情况', 15840, 15842, 'a paragraph ending in 。'],
];

describe('lines that must stay apart, by part', () => {
	for (const [part, article, first, next, why] of APART) {
		test(`${part} ${article}: ${first} and ${next} — ${why}`, () => {
			assert.ok(!bodyForm(chapterText(article)).includes(seam(first, next)), seam(first, next));
		});
	}
	test('信息化大事记: 15114 starts a new paragraph of the 2016-12-27 event (15112 ends in 。)', () => {
		const event = book.events.find((e) => e.sourceLine === 15112);
		assert.match(event?.text ?? '', /坚定维护/);
		assert.ok(!bodyForm(event?.text ?? '').includes(seam(15112, 15114)));
	});
	test('先进典范篇 内蒙古中煤蒙大: the label 本篇作者简介 (14113) is not glued to the name 智斌海 (14117)', () => {
		assert.ok(!hasJoined('内蒙古中煤蒙大新能源化工有限公司', '本篇作者简介智斌海'));
	});
	test('先进典范篇 内蒙古中煤蒙大: the author name 智斌海 (14117) is not glued to the bio 1988年7月毕业… (14119)', () => {
		assert.ok(!hasJoined('内蒙古中煤蒙大新能源化工有限公司', '智斌海1988年7月毕业'));
	});
	test('先进典范篇 内蒙古中煤蒙大: the author name 陈美军 (14123) is not glued to the bio 2012年7月毕业… (14125)', () => {
		assert.ok(!hasJoined('内蒙古中煤蒙大新能源化工有限公司', '陈美军2012年7月毕业'));
	});
	test('先进典范篇 李坚: the bio cut off at 2002 年 (14552) is not continued by the next name 李亮', () => {
		assert.ok(!bodyForm(chapterText('李坚')).includes('李亮'));
	});
	test('先进典范篇 于亚东: the lines that continue 张灏 (14740) are not in 于亚东', () => {
		assert.ok(!bodyForm(chapterText('于亚东')).includes('分工厂与集团总部'));
	});
});
