/**
 * On arrival from a search result (?hl=…), mark every literal occurrence of the searched terms in
 * the page's main text and bring the first one (or the #target) into view.
 */
import { findRanges } from '../search/literal.ts';

const MAX_MARKS = 200;

/** Wrap the searched terms in <mark class="search-hit"> inside `root`. Returns the marks. */
export function highlightTerms(root: Element, spellings: readonly string[]): HTMLElement[] {
	const terms = spellings.filter((s) => s.trim().length > 0).map((s) => [s]);
	if (terms.length === 0) return [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], .heading-anchor') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
	});
	const texts: Text[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
	const marks: HTMLElement[] = [];
	for (const text of texts) {
		const ranges = findRanges(text.data, terms);
		for (const [start, end] of ranges.reverse()) {
			if (marks.length >= MAX_MARKS) return marks;
			const hit = text.splitText(start);
			hit.splitText(end - start);
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			hit.replaceWith(mark);
			mark.append(hit);
			marks.unshift(mark);
		}
	}
	return marks;
}

// Inline rather than a stylesheet import, which Astro would link from every page.
const style = document.createElement('style');
style.textContent = 'mark.search-hit{background:var(--mark);color:inherit;scroll-margin:30vh}';
document.head.append(style);

const params = new URLSearchParams(location.search);
const main = document.querySelector('main');
if (main && params.has('hl')) {
	const marks = highlightTerms(main, params.getAll('hl'));
	if (!location.hash && marks[0]) marks[0].scrollIntoView({ block: 'center' });
}
