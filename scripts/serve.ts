/**
 * A tiny, dependency-free static server for the built site (dist/).
 *
 *   node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--root dist] [--no-gzip]
 *
 * Used by `npm start` (port 4321) and by the e2e harness (port 0 = a random free port).
 * It behaves like a plain static host (GitHub Pages, nginx), so what passes here passes there:
 * directory index, `/dir` → `/dir/` redirect, dist/404.html for misses, gzip when asked for.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

/** MIME types by file extension; Pagefind's `.pf_*` files are binary chunks. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.zip': 'application/zip',
	'.webmanifest': 'application/manifest+json',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** Types worth compressing; Pagefind chunks are already gzipped by Pagefind itself. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|wasm)|image\/svg\+xml)/;

/**
 * MIME type for a file path (by extension); unknown types are served as bytes.
 * @param path file name or path
 */
export function mimeType(path: string): string {
	return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** What the server should answer for a request path, decided without touching the network. */
export type Resolution =
	| { kind: 'file'; file: string; status: 200 | 404 }
	| { kind: 'redirect'; location: string }
	| { kind: 'not-found' }
	| { kind: 'forbidden' };

type StatFn = (path: string) => Promise<{ isFile(): boolean; isDirectory(): boolean } | null>;

const statOrNull: StatFn = (path) => stat(path).catch(() => null);

/**
 * Maps a URL path onto a file under `root`: exact file, directory index (with a trailing-slash
 * redirect first, so relative links inside the page resolve), or root/404.html with status 404.
 * @param root absolute path of the site folder
 * @param urlPath the request's path, still percent-encoded, query allowed
 * @param statFn injectable for tests
 */
export async function resolveRequest(root: string, urlPath: string, statFn: StatFn = statOrNull): Promise<Resolution> {
	const [rawPath = '/', query] = splitOnce(urlPath, '?');
	let path: string;
	try {
		path = decodeURIComponent(rawPath);
	} catch {
		return { kind: 'not-found' };
	}
	if (path.includes('\0')) return { kind: 'forbidden' };
	const file = normalize(join(root, path));
	if (file !== root && !file.startsWith(root + sep)) return { kind: 'forbidden' };

	const info = await statFn(file);
	if (info?.isFile()) return { kind: 'file', file, status: 200 };
	if (info?.isDirectory()) {
		if (!path.endsWith('/')) return { kind: 'redirect', location: `${rawPath}/${query === undefined ? '' : `?${query}`}` };
		const index = join(file, 'index.html');
		if ((await statFn(index))?.isFile()) return { kind: 'file', file: index, status: 200 };
	}
	// Astro's `build.format: 'file'` writes /about.html for /about: serve that too.
	if (!path.endsWith('/') && (await statFn(`${file}.html`))?.isFile()) {
		return { kind: 'file', file: `${file}.html`, status: 200 };
	}
	const notFound = join(root, '404.html');
	if ((await statFn(notFound))?.isFile()) return { kind: 'file', file: notFound, status: 404 };
	return { kind: 'not-found' };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
	const at = text.indexOf(separator);
	return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/**
 * Whether the client accepts gzip (a bare `gzip` token, not `gzip;q=0`).
 * @param header the Accept-Encoding request header
 */
export function acceptsGzip(header: string | string[] | undefined): boolean {
	const value = Array.isArray(header) ? header.join(',') : (header ?? '');
	return value.split(',').some((token) => {
		const [name, ...params] = token.trim().split(';');
		return name?.trim().toLowerCase() === 'gzip' && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
	});
}

export interface ServeOptions {
	/** Folder to serve; default `dist`. */
	root?: string;
	/** 0 picks a free port. */
	port?: number;
	host?: string;
	/** Compress text responses when the client accepts gzip (default true, like a real host). */
	gzip?: boolean;
}

export interface RunningServer {
	/** e.g. `http://localhost:4321` (no trailing slash). */
	url: string;
	port: number;
	server: Server;
	close(): Promise<void>;
}

/**
 * Starts the static server and resolves once it listens.
 * @param options see {@link ServeOptions}
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
	const root = resolve(options.root ?? 'dist');
	const host = options.host ?? '127.0.0.1';
	const gzip = options.gzip ?? true;
	const server = createServer((request, response) => {
		handle(root, gzip, request, response).catch((error: unknown) => {
			if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
			response.end(String(error));
		});
	});
	// Keep-alive sockets would hold close() open after a browser disconnects.
	server.keepAliveTimeout = 1000;
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 4321, host, done);
	});
	const { port } = server.address() as AddressInfo;
	const shownHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	return {
		url: `http://${shownHost}:${port}`,
		port,
		server,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}

async function handle(root: string, gzip: boolean, request: IncomingMessage, response: ServerResponse): Promise<void> {
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.writeHead(405, { allow: 'GET, HEAD' }).end();
		return;
	}
	const resolution = await resolveRequest(root, request.url ?? '/');
	switch (resolution.kind) {
		case 'redirect':
			response.writeHead(301, { location: resolution.location }).end();
			return;
		case 'forbidden':
			response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('403 Forbidden');
			return;
		case 'not-found':
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
			return;
		case 'file':
			break;
	}
	const type = mimeType(resolution.file);
	const compress = gzip && COMPRESSIBLE.test(type) && acceptsGzip(request.headers['accept-encoding']);
	const headers: Record<string, string> = {
		'content-type': type,
		'cache-control': 'no-cache',
		vary: 'accept-encoding',
	};
	if (compress) headers['content-encoding'] = 'gzip';
	else headers['content-length'] = String((await stat(resolution.file)).size);
	response.writeHead(resolution.status, headers);
	if (request.method === 'HEAD') {
		response.end();
		return;
	}
	const body = createReadStream(resolution.file);
	await (compress ? pipeline(body, createGzip(), response) : pipeline(body, response));
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: process.env['PORT'] ?? '4321' },
			host: { type: 'string', default: '127.0.0.1' },
			root: { type: 'string', default: 'dist' },
			'no-gzip': { type: 'boolean', default: false },
		},
	});
	const root = resolve(values.root);
	if (!(await statOrNull(join(root, 'index.html')))?.isFile()) {
		console.error(`${root}/index.html is missing: run \`npm run build\` first.`);
		process.exit(1);
	}
	const running = await startServer({ root, port: Number(values.port), host: values.host, gzip: !values['no-gzip'] });
	console.log(`《中国信息化年鉴2017》 is served from ${root}`);
	console.log(`  ${running.url}/`);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => void running.close().then(() => process.exit(0)));
	}
}

if (import.meta.main) await main();
