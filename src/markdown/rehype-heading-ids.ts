import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { headingSlug, uniqueId } from '../utils/heading-id.ts';

const HEADING = /^h[2-6]$/;

/**
 * Give every section heading an id made from its Chinese text (see {@link headingSlug}). Runs before
 * Astro's own id pass, which keeps ids that are already set. Person bios share one page, so their ids
 * are prefixed with the chapter id to stay unique there.
 */
export default function rehypeHeadingIds() {
	return (tree: Root, file: VFile): void => {
		const frontmatter = (file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
		const prefix = frontmatter?.['kind'] === 'person' ? `${String(frontmatter['id'])}-` : '';
		const used = new Set<string>();
		visit(tree, 'element', (node: Element) => {
			if (!HEADING.test(node.tagName) || typeof node.properties['id'] === 'string') return;
			node.properties['id'] = uniqueId(prefix + headingSlug(toString(node)), used);
		});
	};
}
