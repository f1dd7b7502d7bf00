/**
 * Escape printed text so that Markdown (with remark-directive and GFM) reads it as plain text. The book
 * never means Markdown syntax, so every character Markdown could take as syntax is escaped.
 */
export function escapeMarkdown(text: string, { atLineStart = true }: { atLineStart?: boolean } = {}): string {
	const inline = text
		.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
		// `:name` is a directive to remark-directive; a colon before a letter must stay a colon.
		.replace(/:(?=[A-Za-z])/g, '\\:')
		// Entities such as &copy; would be decoded.
		.replace(/&(?=[#A-Za-z])/g, '\\&');
	// Line starts that open a list, heading, quote or thematic break; after `## ` they are plain text.
	return atLineStart ? inline.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([#+\-=])/, '\\$1') : inline;
}

/** A directive attribute value in double quotes. */
export function directiveAttribute(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '&quot;')}"`;
}

/** A directive label `[…]`, which is inline Markdown. */
export function directiveLabel(text: string): string {
	return `[${escapeMarkdown(text)}]`;
}
