/** /tables/<id>.json: the table exactly as the parser wrote it (src/schemas/table.ts describes it). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentStore } from '../../markdown/table/content-store.ts';
import { contentDir } from '../../utils/content-dir.ts';

export const getStaticPaths = (() =>
	contentStore(contentDir()).tables.map((table) => ({ params: { id: table.id }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props['table'], null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
