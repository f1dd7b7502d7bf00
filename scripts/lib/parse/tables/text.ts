/**
 * Characters that Chinese typesetting never separates with a space: Han ideographs, CJK punctuation
 * (、。《》【】…) and full-width forms (（）：，％…). A space between two of them is a wrap or letter-spacing
 * artefact of the extraction (`内 蒙 古`, `软件业务收入 （万元）`); a space next to Latin letters or digits
 * (`2012 年`, `GNC 产品`) is real and stays.
 */
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF';
const CJK_GAP = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'gu');

/** Remove spaces between two CJK characters and trim. `黑 龙 江` → `黑龙江`, `2012 年` stays. */
export function collapseCjkSpaces(text: string): string {
	return text.trim().replace(CJK_GAP, '$1');
}

/** The text with every whitespace removed: how header rows and 续表 repeats are compared. */
export function compact(text: string): string {
	return text.replace(/\s+/g, '');
}
