import type { Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Put back text that remark-directive mistook for a text directive: the book has no inline
 * directives, so `注:IT 行业` must read `注:IT 行业`, not lose `:IT`. Runs after every directive plugin.
 */
export default function remarkRestoreStrayDirectives() {
	return (tree: Root): void => {
		visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
			if (!parent || index === undefined) return;
			const label = node.children.length > 0 ? `[${toString(node)}]` : '';
			const text: Text = { type: 'text', value: `:${node.name}${label}` };
			parent.children.splice(index, 1, text);
			return [SKIP, index + 1];
		});
	};
}
