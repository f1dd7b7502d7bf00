import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/**
 * Render the blocks of a policy document: `:::signature` (issuer and date at its end, set flush right
 * as printed) and `:::box{title="专栏 1 …"}` (a 专栏 framed apart from the running text).
 */
export default function remarkDocumentBlocks() {
	return (tree: Root): void => {
		visit(tree, 'containerDirective', (node: ContainerDirective) => {
			if (node.name === 'signature') {
				node.data = { hName: 'div', hProperties: { className: ['signature'] } };
			} else if (node.name === 'box') {
				const title = node.attributes?.['title'] ?? '';
				node.data = { hName: 'div', hProperties: { className: ['box'] } };
				if (title) {
					node.children.unshift({
						type: 'paragraph',
						children: [{ type: 'strong', children: [{ type: 'text', value: title }] }],
						data: { hProperties: { className: ['box__title'] } },
					});
				}
			}
		});
	};
}
