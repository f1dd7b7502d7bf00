/**
 * `import url from './module.ts?chunk-url'` gives the URL of that module built as a chunk of its
 * own (bundled, minified, content-hashed, sharing chunks with the rest of the build), to be loaded
 * later with `import(/* @vite-ignore *\/ url)`. Under the dev server it is the module's dev URL.
 *
 * Why: Vite wraps every literal `import('./module.ts')` in `__vitePreload(…)`, so any page whose
 * script merely *may* load a module later loads Vite's preload helper at once (`build.modulePreload:
 * false` keeps the wrapper). A non-literal import is left alone; this plugin supplies its URL.
 */
import { basename, extname } from 'node:path';
import type { Plugin } from 'vite';

const QUERY = '?chunk-url';
const WITH_QUERY = /\?chunk-url$/;

export default function chunkUrl(): Plugin {
	return {
		name: 'yearbook:chunk-url',
		// Before Vite's own resolver, which keeps the query; that is right except for Vite's dependency
		// scan at dev server start: handed the module itself, it finds the packages the module imports
		// (ECharts) and pre-bundles them up front instead of late, at the cost of a page reload.
		enforce: 'pre',
		resolveId: {
			filter: { id: WITH_QUERY },
			handler(source, importer, options) {
				// `scan` is passed by Vite but missing from its plugin types.
				if (!('scan' in options && options.scan)) return null;
				return this.resolve(source.slice(0, -QUERY.length), importer);
			},
		},
		load: {
			filter: { id: WITH_QUERY },
			handler(id) {
				const file = id.slice(0, -QUERY.length);
				// Dev server: the module is served next to this one, under its own name.
				if (!this.environment.config.isBundled) return `export default new URL(${JSON.stringify(`./${basename(file)}`)}, import.meta.url).href;`;
				// Keep its exports whatever the build's preserveEntrySignatures (Vite's default drops them);
				// extra ones, for code shared with other chunks, do no harm.
				const reference = this.emitFile({ type: 'chunk', id: file, name: basename(file, extname(file)), preserveSignature: 'allow-extension' });
				// Vite's asset plugin renders this as the chunk's final URL (base-aware).
				return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
			},
		},
	};
}
