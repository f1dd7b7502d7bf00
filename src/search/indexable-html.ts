/**
 * The copy of a page handed to Pagefind carries no chart drawings and no scripts. A chart's SVG
 * repeats its table's numbers and labels as drawing text, which is not reading text; Pagefind skips
 * scripts anyway. Together they are over a third of the indexed HTML, so dropping them first also
 * spares the pre-segmentation (src/search/presegment.ts) cutting all of it into words.
 */
const DRAWINGS_AND_SCRIPTS = /<svg[\s>][\s\S]*?<\/svg>|<script[\s>][\s\S]*?<\/script>/g;

/** `html` without its `<svg>` and `<script>` elements (Astro's output never nests either). */
export function withoutDrawingsAndScripts(html: string): string {
	return html.replace(DRAWINGS_AND_SCRIPTS, '');
}
