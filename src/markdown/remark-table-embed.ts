import type { Html, Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { contentStore } from './table/content-store.ts';
import { renderTableFigure } from './table/render-table-figure.ts';

/** Options for {@link remarkTableEmbed}. */
export interface RemarkTableEmbedOptions {
	/** The parser's output folder holding tables/ (and charts/ unless `chartsDir` says otherwise). */
	contentDir: string;
	/** Hand-written chart specs; default `<contentDir>/charts`. */
	chartsDir?: string;
}

/**
 * Replace each `::table{#t012}` directive with the table's figure: caption, its charts drawn as SVG,
 * the table itself, notes, sources and download links. An unknown id fails the build, since a
 * missing table would otherwise vanish from the page without a trace.
 */
export default function remarkTableEmbed(options: RemarkTableEmbedOptions) {
	return (tree: Root): void => {
		const store = contentStore(options.contentDir, options.chartsDir);
		visit(tree, 'leafDirective', (node: LeafDirective, index, parent) => {
			if (node.name !== 'table' || index === undefined || !parent) return;
			const id = node.attributes?.['id'] ?? '';
			const table = store.table(id);
			if (!table) throw new Error(`::table{#${id}} names no table in ${options.contentDir}/tables.`);
			// The figure is built as one HTML string (shared with the table pages); rehype-raw parses it.
			const html: Html = { type: 'html', value: renderTableFigure(table, { charts: store.chartsFor(id) }) };
			parent.children.splice(index, 1, html);
		});
	};
}
