/** /tables/<id>.csv: the table as UTF-8 CSV with a BOM, one header row of column paths. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentStore } from '../../markdown/table/content-store.ts';
import type { Table } from '../../schemas/table.ts';
import { contentDir } from '../../utils/content-dir.ts';
import { tableToCsv } from '../../utils/table-to-csv.ts';

export const getStaticPaths = (() =>
	contentStore(contentDir()).tables.map((table) => ({ params: { id: table.id }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(tableToCsv((props as { table: Table }).table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
