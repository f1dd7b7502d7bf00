import type { List, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The bold line that opens a law's own table of contents, e.g. `**目 录**` or `**目录**`. */
const CONTENTS_TITLE = /^目\s*录$/;

/**
 * Whether a node is the bold-only `目 录` paragraph that heads a law's own table of contents.
 * @param node any top-level Markdown node
 */
export function isContentsTitle(node: RootContent | undefined): node is Paragraph {
	return (
		node?.type === 'paragraph' &&
		node.children.length === 1 &&
		node.children[0]?.type === 'strong' &&
		CONTENTS_TITLE.test(toString(node).trim())
	);
}

/**
 * Turn a law's printed 目录 (`**目 录**` followed by a nested list of 章/节) into a small contents
 * box, `<nav class="law-contents">`: as a plain paragraph and list it read like body text, with the
 * paragraph indent, although it is the law's own navigation.
 */
export default function remarkLawContents() {
	return (tree: Root): void => {
		tree.children.forEach((node, index) => {
			const list = tree.children[index + 1];
			if (!isContentsTitle(node) || list?.type !== 'list') return;
			node.data = { hProperties: { className: ['law-contents__title'] } };
			const box: RootContent = {
				// A blockquote is only the carrier: hName makes it a <nav> with the title and the list inside.
				type: 'blockquote',
				children: [node, list as List],
				data: { hName: 'nav', hProperties: { className: ['law-contents'], ariaLabel: '本法目录' } },
			};
			tree.children.splice(index, 2, box);
		});
	};
}
