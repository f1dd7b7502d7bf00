/** Tiny HTML-string helpers shared by the chart and table markup (the markup is built as strings). */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML content or a double-quoted attribute.
 * @param text any text from the book
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Attributes as a string with a leading space: `attrs({ id: 't1', hidden: true, title: undefined })` → ` id="t1" hidden`.
 * `false`, `undefined` and `null` leave the attribute out.
 * @param values attribute names and values
 */
export function attrs(values: Record<string, string | number | boolean | undefined | null>): string {
	return Object.entries(values)
		.filter(([, value]) => value !== false && value !== undefined && value !== null)
		.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
		.join('');
}
