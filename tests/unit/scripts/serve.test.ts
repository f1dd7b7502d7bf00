import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, mimeType, resolveRequest, type RunningServer, startServer } from '../../../scripts/serve.ts';

describe('mimeType', () => {
	test('knows the types the site and Pagefind serve', () => {
		assert.equal(mimeType('a/index.html'), 'text/html; charset=utf-8');
		assert.equal(mimeType('pagefind/wasm.zh.pagefind'), 'application/octet-stream');
		assert.equal(mimeType('x.WASM'), 'application/wasm');
		assert.equal(mimeType('pagefind/fragment/zh_1.pf_fragment'), 'application/octet-stream');
		assert.equal(mimeType('data/t001.csv'), 'text/csv; charset=utf-8');
		assert.equal(mimeType('chart.svg'), 'image/svg+xml');
	});
});

describe('acceptsGzip', () => {
	test('reads Accept-Encoding tokens and q=0', () => {
		assert.equal(acceptsGzip('gzip, deflate, br'), true);
		assert.equal(acceptsGzip('br;q=1.0, gzip;q=0.5'), true);
		assert.equal(acceptsGzip('gzip;q=0'), false);
		assert.equal(acceptsGzip('identity'), false);
		assert.equal(acceptsGzip(undefined), false);
	});
});

describe('resolveRequest and startServer', () => {
	let root: string;
	let server: RunningServer;
	before(async () => {
		root = mkdtempSync(join(tmpdir(), 'serve-test-'));
		mkdirSync(join(root, 'regions', '05'), { recursive: true });
		writeFileSync(join(root, 'index.html'), '<!doctype html><title>封面</title>');
		writeFileSync(join(root, 'regions', '05', 'index.html'), '<!doctype html><title>北京市</title>');
		writeFileSync(join(root, '404.html'), '<!doctype html><title>页面不存在</title>');
		writeFileSync(join(root, 'about.html'), 'about');
		writeFileSync(join(root, '表.csv'), '\uFEFF地区,数值\n北京,1\n');
		server = await startServer({ root, port: 0 });
	});
	after(async () => {
		await server.close();
		rmSync(root, { recursive: true, force: true });
	});

	test('maps paths onto files, indexes, redirects and the 404 page', async () => {
		assert.deepEqual(await resolveRequest(root, '/'), { kind: 'file', file: join(root, 'index.html'), status: 200 });
		assert.deepEqual(await resolveRequest(root, '/regions/05?x=1'), { kind: 'redirect', location: '/regions/05/?x=1' });
		assert.deepEqual(await resolveRequest(root, '/regions/05/'), {
			kind: 'file',
			file: join(root, 'regions', '05', 'index.html'),
			status: 200,
		});
		assert.deepEqual(await resolveRequest(root, '/about'), { kind: 'file', file: join(root, 'about.html'), status: 200 });
		assert.deepEqual(await resolveRequest(root, '/nope/'), { kind: 'file', file: join(root, '404.html'), status: 404 });
		assert.deepEqual(await resolveRequest(root, '/%E8%A1%A8.csv'), { kind: 'file', file: join(root, '表.csv'), status: 200 });
	});

	test('never serves outside the root', async () => {
		assert.deepEqual(await resolveRequest(root, '/../../etc/passwd'), { kind: 'forbidden' });
		assert.deepEqual(await resolveRequest(root, '/%2e%2e/%2e%2e/etc/passwd'), { kind: 'forbidden' });
		assert.deepEqual(await resolveRequest(root, '/%00'), { kind: 'forbidden' });
	});

	test('serves over HTTP with gzip only when asked', async () => {
		const plain = await fetch(`${server.url}/regions/05/`, { headers: { 'accept-encoding': 'identity' } });
		assert.equal(plain.status, 200);
		assert.equal(plain.headers.get('content-encoding'), null);
		assert.match(await plain.text(), /北京市/);

		// fetch() would decompress silently; node:http shows the bytes on the wire.
		const raw = await new Promise<Buffer>((done, fail) => {
			get(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
				assert.equal(response.headers['content-encoding'], 'gzip');
				const parts: Buffer[] = [];
				response.on('data', (part: Buffer) => parts.push(part)).on('end', () => done(Buffer.concat(parts)));
			}).on('error', fail);
		});
		assert.match(gunzipSync(raw).toString('utf8'), /封面/);

		const missing = await fetch(`${server.url}/no/such/page/`);
		assert.equal(missing.status, 404);
		assert.match(await missing.text(), /页面不存在/);

		const redirect = await fetch(`${server.url}/regions/05`, { redirect: 'manual' });
		assert.equal(redirect.status, 301);
		assert.equal(redirect.headers.get('location'), '/regions/05/');

		const csv = await fetch(`${server.url}/${encodeURIComponent('表')}.csv`);
		assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
	});
});

test('the CLI prints the URL it serves and refuses a folder without a site', async () => {
	const root = mkdtempSync(join(tmpdir(), 'serve-cli-'));
	const script = new URL('../../../scripts/serve.ts', import.meta.url).pathname;
	try {
		const refused = spawn(process.execPath, [script, '--root', root, '--port', '0']);
		const [code] = (await once(refused, 'exit')) as [number];
		assert.equal(code, 1);

		writeFileSync(join(root, 'index.html'), '<!doctype html><title>封面</title>');
		const child = spawn(process.execPath, [script, '--root', root, '--port', '0']);
		try {
			let output = '';
			for await (const chunk of child.stdout) {
				output += String(chunk);
				if (/http:\/\/localhost:\d+\//.test(output)) break;
			}
			const url = /http:\/\/localhost:\d+\//.exec(output)?.[0];
			assert.ok(url, output);
			assert.match(await (await fetch(url)).text(), /封面/);
		} finally {
			child.kill();
		}
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
