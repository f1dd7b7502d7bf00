import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build, createServer, type ViteDevServer } from 'vite';
import chunkUrl from '../../../src/integrations/vite-chunk-url.ts';

// A page script that loads `lazy.ts` by URL on demand; both use `shared.ts`, and `lazy.ts` a package.
const ENTRY = "import url from './lazy.ts?chunk-url';\nimport { shared } from './shared.ts';\nconsole.log(shared());\ndocument.onclick = () => import(/* @vite-ignore */ url);\n";
const LAZY = "import { shared } from './shared.ts';\nimport { tiny } from 'tiny-dep';\nexport const lazy = (): string => `${shared()}!${tiny}`;\n";
const SHARED = "export const shared = (): string => 'shared';\n";
const PACKAGE = join('node_modules', 'tiny-dep');

let root: string;
before(() => {
	root = mkdtempSync(join(tmpdir(), 'chunk-url-'));
	mkdirSync(join(root, 'client'));
	writeFileSync(join(root, 'client', 'entry.ts'), ENTRY);
	writeFileSync(join(root, 'client', 'shared.ts'), SHARED);
	mkdirSync(join(root, PACKAGE), { recursive: true });
	writeFileSync(join(root, PACKAGE, 'package.json'), JSON.stringify({ name: 'tiny-dep', type: 'module', main: 'index.js' }));
	writeFileSync(join(root, PACKAGE, 'index.js'), 'export const tiny = 1;\n');
});
after(() => rmSync(root, { recursive: true, force: true }));

interface Chunk {
	fileName: string;
	code: string;
	imports: string[];
}

/** Builds the entry with the plugin (no files written) and returns its chunks by name. */
async function buildChunks(lazySource: string): Promise<Map<string, Chunk>> {
	writeFileSync(join(root, 'client', 'lazy.ts'), lazySource);
	const result = await build({
		root,
		configFile: false,
		logLevel: 'silent',
		plugins: [chunkUrl()],
		build: { write: false, rolldownOptions: { input: join(root, 'client', 'entry.ts') } },
	});
	const [output] = Array.isArray(result) ? result : [result];
	assert.ok(output && 'output' in output, 'vite build returned no output');
	const chunks = output.output.filter((item) => item.type === 'chunk');
	return new Map(chunks.map((chunk) => [chunk.name, chunk]));
}

test('build: the import gives the URL of the module built as its own hashed chunk, without a preload helper', async () => {
	const chunks = await buildChunks(LAZY);
	const entry = chunks.get('entry');
	const lazy = chunks.get('lazy');
	assert.ok(entry && lazy, `chunks: ${[...chunks.keys()].join(', ')}`);
	assert.match(lazy.fileName, /^assets\/lazy-[\w-]{8}\.js$/);
	assert.ok(entry.code.includes(`/${lazy.fileName}`), entry.code);
	assert.doesNotMatch(entry.code, /__vitePreload|__vite__mapDeps|preload/);
	// Still a module of the build: it keeps its exports and shares code with the page script.
	assert.match(lazy.code, /export\s*\{[^}]*\bas lazy\b/);
	assert.equal(entry.imports.length, 1, 'no chunk of shared code');
	assert.deepEqual(lazy.imports, entry.imports);
});

test('build: a change to the lazy module changes the hash of the script that names it', async () => {
	const before = (await buildChunks(LAZY)).get('entry')?.fileName;
	const after = (await buildChunks(LAZY.replace('!', '?'))).get('entry')?.fileName;
	assert.ok(before && after);
	assert.notEqual(before, after);
});

/** A dev server on the fixture with the plugin, without an HTTP listener. */
function devServer(): Promise<ViteDevServer> {
	writeFileSync(join(root, 'client', 'lazy.ts'), LAZY);
	return createServer({
		root,
		configFile: false,
		logLevel: 'silent',
		plugins: [chunkUrl()],
		optimizeDeps: { entries: ['client/entry.ts'] },
		server: { middlewareMode: true, ws: false },
	});
}

test('dev server: the import gives the URL the dev server serves the module at', async () => {
	const server = await devServer();
	try {
		const entry = await server.transformRequest('/client/entry.ts');
		assert.match(entry?.code ?? '', /import url from "\/client\/lazy\.ts\?chunk-url"/);
		const code = (await server.transformRequest('/client/lazy.ts?chunk-url'))?.code ?? '';
		// What the browser computes: the module's default export, with import.meta.url its served URL.
		const body = code.replace('export default', 'return').replaceAll('import.meta.url', JSON.stringify('http://localhost:4321/client/lazy.ts?chunk-url'));
		assert.equal(new Function(body)(), 'http://localhost:4321/client/lazy.ts');
	} finally {
		await server.close();
	}
});

test('dev server: the dependency scan follows the import into the module and finds its packages', async () => {
	const server = await devServer();
	try {
		const optimizer = server.environments.client.depsOptimizer;
		await optimizer?.scanProcessing;
		assert.ok(optimizer && 'tiny-dep' in optimizer.metadata.discovered, 'tiny-dep was not found by the scan');
	} finally {
		await server.close();
	}
});
