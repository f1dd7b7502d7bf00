import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/**
 * Render `:::event{#ev-001 date="2016-01-12"}` … `:::` (信息化大事记) as one timeline entry whose id is
 * its permalink, with a `<time>` for the date so the month grouping and the date stay machine-readable.
 */
export default function remarkChronicleEvents() {
	return (tree: Root): void => {
		visit(tree, 'containerDirective', (node: ContainerDirective) => {
			if (node.name !== 'event') return;
			const id = node.attributes?.['id'] ?? '';
			const date = node.attributes?.['date'] ?? '';
			node.data = {
				hName: 'div',
				hProperties: { id, className: ['event'], ...(date ? { dataDate: date } : {}) },
			};
			node.children.unshift({
				type: 'paragraph',
				children: [{ type: 'text', value: '' }],
				data: {
					hName: 'a',
					hProperties: { className: ['event__permalink'], href: `#${id}`, ariaLabel: `本条链接（${date}）` },
					hChildren: [
						{ type: 'element', tagName: 'time', properties: { dateTime: date }, children: [{ type: 'text', value: date }] },
					],
				},
			});
		});
	};
}
