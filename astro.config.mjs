// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkTableEmbed from './src/markdown/remark-table-embed.ts';
import remarkFigurePlaceholder from './src/markdown/remark-figure-placeholder.ts';
import remarkChronicleEvents from './src/markdown/remark-chronicle-events.ts';
import remarkDocumentBlocks from './src/markdown/remark-document-blocks.ts';
import remarkLawArticles from './src/markdown/remark-law-articles.ts';
import remarkLawContents from './src/markdown/remark-law-contents.ts';
import remarkRestoreStrayDirectives from './src/markdown/remark-restore-stray-directives.ts';
import rehypeHeadingIds from './src/markdown/rehype-heading-ids.ts';
import rehypeHeadingAnchors from './src/markdown/rehype-heading-anchors.ts';
import yearbookPagefind from './src/integrations/pagefind.ts';
import contentCacheKey from './src/integrations/content-cache-key.ts';
import chunkUrl from './src/integrations/vite-chunk-url.ts';
import { contentDir } from './src/utils/content-dir.ts';

export default defineConfig({
	site: 'http://localhost:4321',
	output: 'static',
	trailingSlash: 'always',
	integrations: [
		// Rendered chapters also depend on these (embedded tables and charts, our remark plugins):
		// Astro's content cache is dropped whenever they change.
		contentCacheKey({
			inputs: [contentDir(), 'src/content.config.ts', 'src/markdown', 'src/charts', 'src/schemas', 'src/utils', 'package-lock.json'],
		}),
		// Last step of the build: the Chinese search index (dist/pagefind/).
		yearbookPagefind(),
	],
	// `true` (not Astro 7's default 'jsx'): collapse whitespace but keep single spaces between inline
	// elements, so mixed runs such as `<strong>第一条</strong> 为了…` or `2016 <abbr>…` keep their space.
	compressHTML: true,
	build: {
		// One shared, cacheable stylesheet for every page instead of CSS inlined into each HTML file.
		inlineStylesheets: 'never',
	},
	vite: {
		// Scripts as files too (Vite would inline small ones into every page): cached once for the whole book.
		build: { assetsInlineLimit: 0 },
		// Lazy modules imported by URL (`?chunk-url`), so no page loads Vite's preload helper up front.
		plugins: [chunkUrl()],
	},
	markdown: {
		processor: unified({
			// The yearbook's quotes and dashes are already typeset; SmartyPants would only alter them.
			smartypants: false,
			// No GFM: the book has no Markdown tables or footnotes, and GFM's bare-URL autolinks would run on
			// into the Chinese text after a printed address (`http://patdata.sipo.gov.cn>)向公众…`).
			gfm: false,
			remarkPlugins: [
				remarkDirective,
				[remarkTableEmbed, { contentDir: contentDir() }],
				remarkFigurePlaceholder,
				remarkChronicleEvents,
				remarkDocumentBlocks,
				remarkLawArticles,
				remarkLawContents,
				// Last: whatever still looks like an inline directive was ordinary text.
				remarkRestoreStrayDirectives,
			],
			rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors],
		}),
	},
});
