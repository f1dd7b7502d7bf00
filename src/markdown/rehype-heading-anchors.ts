import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const HEADING = /^h[2-6]$/;

/**
 * Append a permalink to every section heading that has an id. The link has no text of its own (CSS
 * draws the `#`), so heading texts collected for the outline and the search index stay clean; its
 * accessible name comes from `aria-label`.
 */
export default function rehypeHeadingAnchors() {
	return (tree: Root): void => {
		visit(tree, 'element', (node: Element) => {
			const id = node.properties['id'];
			if (!HEADING.test(node.tagName) || typeof id !== 'string') return;
			node.children.push({
				type: 'element',
				tagName: 'a',
				properties: {
					className: ['heading-anchor'],
					href: `#${id}`,
					ariaLabel: `本节链接：${toString(node)}`,
					dataPagefindIgnore: '',
				},
				children: [],
			});
		});
	};
}
