import type { Link, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** `第一条`, `第二十三条`, `第一百零一条` … as printed at the head of a law's article. */
const ARTICLE_LEAD = /^第[一二三四五六七八九十百千零〇]+条$/;

/**
 * Give every law article (a paragraph led by bold `**第X条**`) a permalink: the paragraph gets the
 * id `第X条` and the bold lead becomes a link to it, so a reader can cite `…/policy/03/#第十二条`.
 */
export default function remarkLawArticles() {
	return (tree: Root): void => {
		const used = new Set<string>();
		visit(tree, 'paragraph', (node: Paragraph) => {
			const lead = node.children[0];
			if (lead?.type !== 'strong') return;
			const label = toString(lead).trim();
			if (!ARTICLE_LEAD.test(label)) return;
			// A document quoting another law's article could repeat a number; keep ids unique.
			let id = label;
			for (let n = 2; used.has(id); n++) id = `${label}-${n}`;
			used.add(id);
			node.data = { ...node.data, hProperties: { id, className: ['law-article'] } };
			// hProperties keep the href as written; mdast-util-to-hast would percent-encode the Hanzi.
			const link: Link = { type: 'link', url: `#${id}`, children: lead.children, data: { hProperties: { href: `#${id}` } } };
			lead.children = [link];
		});
	};
}
