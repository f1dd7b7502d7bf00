/**
 * Reads tables and chart specs from content/ once per build and draws each chart once, for the
 * remark plugin, the table pages and the data catalogue alike.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { renderChart, type RenderedChart } from '../../charts/render-chart-figure.ts';
import { findTable } from '../../charts/table-lookup.ts';
import { ChartSpecSchema, type NamedChartSpec } from '../../schemas/chart.ts';
import { type Table, TableSchema } from '../../schemas/table.ts';

/** The tables and charts of one content folder. */
export interface ContentStore {
	/** Every table, by id order. */
	tables: Table[];
	table(id: string): Table | undefined;
	/** Every chart spec with the id of the table it resolved to. */
	specs: (NamedChartSpec & { tableId: string })[];
	/** Charts of one table, drawn on first use. */
	chartsFor(tableId: string): RenderedChart[];
	/** Specs that named no table (reported once, left out of the site). */
	problems: string[];
}

/**
 * Astro runs this module twice in one build: loaded by Vite for the content sync (the remark plugin)
 * and bundled into the prerender chunks (table pages, data catalogue). Keeping the stores on
 * globalThis lets both copies share them, so each chart is drawn once per build, not once per copy.
 */
const STORES = Symbol.for('yearbook.contentStores');
const registry = globalThis as typeof globalThis & { [STORES]?: Map<string, ContentStore> };
const stores = (registry[STORES] ??= new Map<string, ContentStore>());

function readJsonFiles(dir: string): { name: string; data: unknown }[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ name: file.slice(0, -'.json'.length), data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown }));
}

/**
 * Read every table of `contentDir`/tables.
 * @param contentDir the parser's output folder
 */
export function readTables(contentDir: string): Table[] {
	return readJsonFiles(join(contentDir, 'tables')).map(({ data }) => TableSchema.parse(data));
}

/**
 * Read and validate every chart spec in a folder.
 * @param chartsDir usually content/charts
 * @throws ZodError naming the file when a spec is malformed
 */
export function readChartSpecs(chartsDir: string): NamedChartSpec[] {
	return readJsonFiles(chartsDir).map(({ name, data }) => {
		const parsed = ChartSpecSchema.safeParse(data);
		if (!parsed.success) throw new Error(`content/charts/${name}.json is not a valid chart spec: ${parsed.error.message}`);
		return { name, spec: parsed.data };
	});
}

/**
 * The store for a content folder, built on first call and cached for the rest of the build.
 * @param contentDir the parser's output folder
 * @param chartsDir the chart specs (default `<contentDir>/charts`)
 */
export function contentStore(contentDir: string, chartsDir = join(contentDir, 'charts')): ContentStore {
	const key = `${contentDir}\0${chartsDir}`;
	const cached = stores.get(key);
	if (cached) return cached;
	const tables = readTables(contentDir);
	const byId = new Map(tables.map((table) => [table.id, table]));
	const problems: string[] = [];
	const specs = readChartSpecs(chartsDir).flatMap((named) => {
		try {
			return [{ ...named, tableId: findTable(named.spec, tables).id }];
		} catch (error) {
			problems.push(`content/charts/${named.name}.json: ${(error as Error).message}`);
			return [];
		}
	});
	const drawn = new Map<string, RenderedChart[]>();
	const store: ContentStore = {
		tables,
		table: (id) => byId.get(id),
		specs,
		problems,
		chartsFor(tableId) {
			const ready = drawn.get(tableId);
			if (ready) return ready;
			const table = byId.get(tableId);
			const charts = table
				? specs.filter((spec) => spec.tableId === tableId).flatMap((spec) => drawOrReport(spec, table, problems))
				: [];
			drawn.set(tableId, charts);
			return charts;
		},
	};
	for (const problem of problems) console.warn(`[charts] ${problem}`);
	stores.set(key, store);
	return store;
}

/** A spec that does not fit its table is reported and left out, so one bad spec never breaks the build. */
function drawOrReport(named: NamedChartSpec, table: Table, problems: string[]): RenderedChart[] {
	try {
		return [renderChart(named, table)];
	} catch (error) {
		const message = `content/charts/${named.name}.json: ${(error as Error).message}`;
		problems.push(message);
		console.warn(`[charts] ${message}`);
		return [];
	}
}
