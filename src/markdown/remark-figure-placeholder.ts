import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/** What the reader is told in place of a printed figure the text edition does not have. */
export const MISSING_FIGURE_NOTE = '原书此处印有插图，文本版未收录图像，仅保留图题与资料来源。';

/** A `<span class=…>` inside the caption, built from mdast phrasing nodes. */
function span(className: string, children: PhrasingContent[]): PhrasingContent {
	return { type: 'emphasis', children, data: { hName: 'span', hProperties: { className: [className] } } };
}

/**
 * Render `::figure[图 1 …]{source="数据来源：…"}` as a figure that says honestly that the printed
 * image is missing, then its caption (title and source line), as the book prints them under the figure.
 */
export default function remarkFigurePlaceholder() {
	return (tree: Root): void => {
		visit(tree, 'leafDirective', (node: LeafDirective) => {
			if (node.name !== 'figure') return;
			const source = node.attributes?.['source'] ?? '';
			const note: Paragraph = {
				type: 'paragraph',
				children: [{ type: 'text', value: MISSING_FIGURE_NOTE }],
				data: { hProperties: { className: ['figure-missing__note'] } },
			};
			const captionParts = [span('figure-missing__title', node.children)];
			if (source) captionParts.push(span('figure-missing__source', [{ type: 'text', value: source }]));
			// figcaption must be the first or last child of a figure: it comes last, holding title and source.
			const caption: Paragraph = { type: 'paragraph', children: captionParts, data: { hName: 'figcaption' } };
			node.data = { hName: 'figure', hProperties: { className: ['figure-missing'] } };
			// A leaf directive's children are phrasing; the figure holds blocks, so we hand hast the nodes directly.
			(node as unknown as { children: Paragraph[] }).children = [note, caption];
		});
	};
}
