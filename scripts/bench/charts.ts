/**
 * Time to draw every chart to SVG the way the build does (ECharts' server-side renderer), through
 * the charts engineer's content store. Runs in its own process; prints one JSON object.
 *
 *   node scripts/bench/charts.ts
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const STORE = join(ROOT, 'src', 'markdown', 'table', 'content-store.ts');

export interface ChartFigures {
	skipped?: string;
	/** Loading ECharts and the chart modules. */
	importMs?: number;
	/** Reading and validating tables and chart specs. */
	readMs?: number;
	/** Drawing every chart (wide and narrow SVG each). */
	renderMs?: number;
	charts?: number;
	svgBytes?: number;
	problems?: string[];
}

interface RenderedChart {
	wideSvg: string;
	narrowSvg: string;
}
interface StoreModule {
	contentStore(contentDir: string): { specs: Array<{ tableId: string }>; chartsFor(tableId: string): RenderedChart[]; problems: string[] };
}

/** Draws every chart of content/charts once and times each step. */
export async function benchCharts(): Promise<ChartFigures> {
	if (!existsSync(STORE)) return { skipped: 'src/markdown/table/content-store.ts is missing' };
	let started = performance.now();
	const module = (await import(STORE)) as Partial<StoreModule>;
	if (typeof module.contentStore !== 'function') return { skipped: 'contentStore() is not exported' };
	const importMs = performance.now() - started;

	started = performance.now();
	const store = module.contentStore(join(ROOT, 'content'));
	const readMs = performance.now() - started;

	started = performance.now();
	const charts = [...new Set(store.specs.map((spec) => spec.tableId))].flatMap((id) => store.chartsFor(id));
	const renderMs = performance.now() - started;
	const svgBytes = charts.reduce((sum, chart) => sum + chart.wideSvg.length + chart.narrowSvg.length, 0);
	return { importMs, readMs, renderMs, charts: charts.length, svgBytes, problems: store.problems };
}

if (import.meta.main) console.log(JSON.stringify(await benchCharts()));
