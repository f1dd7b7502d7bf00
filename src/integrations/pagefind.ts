import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { withoutDrawingsAndScripts } from '../search/indexable-html.ts';
import { segmentHtml } from '../search/presegment.ts';
import { addSubResultTitles } from '../search/sub-result-titles.ts';
import { PAGE_DIRECTORY_FILE, directoryEntry, type PageDirectory } from '../search/page-directory.ts';
import { rechunkIndex } from './pagefind-rechunk.ts';

export interface YearbookPagefindOptions {
	/**
	 * Hand Pagefind a copy of each page with Intl.Segmenter word boundaries marked by spaces, so the
	 * index uses the same words as the browser's query (see src/search/presegment.ts). Default true.
	 */
	preSegment?: boolean;
	/**
	 * Re-cut Pagefind's word index into chunks of about this many bytes (uncompressed), so that a
	 * query fetches little more than its own words (see src/search/rechunk.ts); 0 keeps Pagefind's
	 * own ~30 KB chunks. Default 4000: ~570 chunks, a 10 KB meta file, ~5 KB per query word.
	 */
	chunkBytes?: number;
}

/**
 * Build the Pagefind index after `astro build`: every HTML page of dist/ is added through the
 * Node API (pre-segmented), and the index is written to dist/pagefind/. Logs what it did and
 * fails the build loudly when Pagefind reports an error.
 */
export default function yearbookPagefind(options: YearbookPagefindOptions = {}): AstroIntegration {
	return {
		name: 'yearbook-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const result = await buildSearchIndex(outDir, options);
				logger.info(
					`Indexed ${result.pages} pages in ${result.ms} ms (${result.preSegment ? 'pre-segmented' : 'as served'}); ` +
						`wrote ${result.files} files, ${(result.bytes / 1024).toFixed(0)} KB to pagefind/` +
						(result.chunks ? ` (word index re-cut from ${result.chunks.before} to ${result.chunks.after} chunks).` : '.'),
				);
			},
		},
	};
}

export interface IndexReport {
	pages: number;
	files: number;
	bytes: number;
	ms: number;
	preSegment: boolean;
	/** Word-index chunks as Pagefind wrote them and as served. */
	chunks: { before: number; after: number } | null;
}

/** Index every HTML file under `siteDir` and write `siteDir/pagefind/`. Exported for the bench. */
export async function buildSearchIndex(siteDir: string, options: YearbookPagefindOptions = {}, outputPath = join(siteDir, 'pagefind')): Promise<IndexReport> {
	const preSegment = options.preSegment ?? true;
	const started = performance.now();
	const pagefind = await import('pagefind');
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
		const htmlFiles = (await listFiles(siteDir)).filter((f) => f.endsWith('.html') && !f.startsWith(outputPath));
		let pages = 0;
		const rejected: string[] = [];
		// Pagefind indexes in its own process: while it takes one page, this one segments the next.
		let indexing: Promise<unknown> = Promise.resolve();
		for (const file of htmlFiles) {
			const html = await readFile(file, 'utf8');
			// Pages without data-pagefind-body (hubs, 404, print compilations) are not indexed.
			if (!html.includes('data-pagefind-body')) continue;
			const indexable = addSubResultTitles(withoutDrawingsAndScripts(html));
			const content = preSegment ? segmentHtml(indexable) : indexable;
			await indexing;
			indexing = index.addHTMLFile({ sourcePath: relative(siteDir, file).split(sep).join('/'), content }).then(
				(added) => rejected.push(...added.errors.map((error) => `${file}: ${error}`)),
				(cause: unknown) => rejected.push(`${file}: ${String(cause)}`),
			);
			pages += 1;
		}
		await indexing;
		if (rejected.length > 0) throw new Error(`Pagefind rejected pages:\n${rejected.join('\n')}`);
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
		const chunkBytes = options.chunkBytes ?? 4000;
		const chunks = chunkBytes > 0 ? await rechunkIndex(outputPath, chunkBytes) : null;
		await writePageDirectory(outputPath);
		const files = await listFiles(outputPath);
		const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
		return {
			pages,
			files: files.length,
			bytes: sizes.reduce((a, b) => a + b, 0),
			ms: Math.round(performance.now() - started),
			preSegment,
			chunks,
		};
	} catch (cause) {
		throw new Error('Failed to build the Pagefind search index.', { cause });
	} finally {
		await pagefind.close();
	}
}

/**
 * Write pagefind/yearbook-pages.json: result id → url, title, part, fragment size for every indexed page, read
 * back from Pagefind's own fragments. With it the browser can rank all candidates by title before
 * loading any fragment (Pagefind's ids are the fragment hashes).
 */
async function writePageDirectory(outputPath: string): Promise<void> {
	const directory: PageDirectory = {};
	const fragments = (await listFiles(join(outputPath, 'fragment'))).filter((f) => f.endsWith('.pf_fragment'));
	for (const file of fragments) {
		const gzipped = await readFile(file);
		const text = gunzipSync(gzipped).toString('utf8');
		const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: Record<string, string> };
		const id = file.slice(file.lastIndexOf(sep) + 1, -'.pf_fragment'.length);
		directory[id] = directoryEntry(fragment.url, fragment.meta, gzipped.length);
	}
	await writeFile(join(outputPath, PAGE_DIRECTORY_FILE), JSON.stringify(directory));
}

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
