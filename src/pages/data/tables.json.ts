/** /data/tables.json: every table of the book in one download, with the book's publication facts. */
import type { APIRoute } from 'astro';
import { contentStore } from '../../markdown/table/content-store.ts';
import { contentDir } from '../../utils/content-dir.ts';
import { citeBook, YEARBOOK_EDITION } from '../../utils/citation.ts';

export const GET: APIRoute = () => {
	const bundle = {
		book: YEARBOOK_EDITION,
		citation: citeBook(null),
		note: '字段说明见 /data/ 页面；每个表也可单独下载：/tables/<id>.csv 与 /tables/<id>.json。',
		tables: contentStore(contentDir()).tables,
	};
	return new Response(JSON.stringify(bundle), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
