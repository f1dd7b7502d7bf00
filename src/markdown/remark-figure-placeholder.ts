import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/** What the reader is told in place of a printed figure the text edition does not have. */
export const MISSING_FIGURE_NOTE = '原书此处印有插图，文本版未收录图像，仅保留图题与资料来源。';

/**
 * Render `::figure[图 1 …]{source="数据来源：…"}` as a figure that says honestly that the printed
 * image is missing, keeping its caption and source line.
 */
export default function remarkFigurePlaceholder() {
	return (tree: Root): void => {
		visit(tree, 'leafDirective', (node: LeafDirective) => {
			if (node.name !== 'figure') return;
			const source = node.attributes?.['source'] ?? '';
			const caption: Paragraph = {
				type: 'paragraph',
				children: node.children,
				data: { hName: 'figcaption' },
			};
			const note: Paragraph = {
				type: 'paragraph',
				children: [{ type: 'text', value: MISSING_FIGURE_NOTE }],
				data: { hProperties: { className: ['figure-missing__note'] } },
			};
			const children: Paragraph[] = [note, caption];
			if (source) {
				const sourceText: PhrasingContent = { type: 'text', value: source };
				children.push({ type: 'paragraph', children: [sourceText], data: { hProperties: { className: ['figure-missing__source'] } } });
			}
			node.data = { hName: 'figure', hProperties: { className: ['figure-missing'] } };
			// A leaf directive's children are phrasing; the figure holds blocks, so we hand hast the nodes directly.
			(node as unknown as { children: Paragraph[] }).children = children;
		});
	};
}
