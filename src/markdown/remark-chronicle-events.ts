import type { Link, PhrasingContent, Root, Strong } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/** The printed date as a permalink inside `<time datetime>`: `<time><a href="#ev-001">2016年1月12日,</a></time>`. */
function datePermalink(id: string, date: string, children: PhrasingContent[]): Strong {
	const link: Link = { type: 'link', url: `#${id}`, children };
	return {
		type: 'strong',
		children: [link],
		data: { hName: 'time', hProperties: { dateTime: date, className: ['event__date'] } },
	};
}

/**
 * Render `:::event{#ev-001 date="2016-01-12"}` … `:::` (信息化大事记) as one timeline entry whose id is
 * its permalink. The bold date the entry starts with becomes the link (and a machine-readable
 * `<time>`); an entry without one gets the ISO date as its link.
 */
export default function remarkChronicleEvents() {
	return (tree: Root): void => {
		visit(tree, 'containerDirective', (node: ContainerDirective) => {
			if (node.name !== 'event') return;
			const id = node.attributes?.['id'] ?? '';
			const date = node.attributes?.['date'] ?? '';
			node.data = { hName: 'div', hProperties: { id, className: ['event'] } };
			const first = node.children[0];
			const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
			if (first?.type === 'paragraph' && lead?.type === 'strong') {
				first.children[0] = datePermalink(id, date, lead.children);
			} else {
				node.children.unshift({ type: 'paragraph', children: [datePermalink(id, date, [{ type: 'text', value: date }])] });
			}
		});
	};
}
