/** Longest id kept from a heading's text; long headings make unwieldy URLs. */
const MAX_ID_LENGTH = 24;

/**
 * A stable, readable fragment id for a (Chinese) heading: its letters, digits and Hanzi, without
 * spaces or punctuation, e.g. `【总体情况】` → `总体情况`, `（一）经济概况` → `一经济概况`.
 * Unlike github-slugger it also drops full-width punctuation and spacing inside names (`总 则`).
 */
export function headingSlug(text: string): string {
	const slug = text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '')
		.slice(0, MAX_ID_LENGTH);
	return slug || 'section';
}

/** Make `id` unique among `used` by appending `-2`, `-3` …, and record it. */
export function uniqueId(id: string, used: Set<string>): string {
	let candidate = id;
	for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
	used.add(candidate);
	return candidate;
}
