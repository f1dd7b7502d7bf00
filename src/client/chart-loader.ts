/**
 * The tiny script of pages with tables: the chart ⇄ table switch, PNG/SVG downloads, and, only
 * when a chart comes near the viewport, a dynamic import of ECharts to make it interactive.
 * Everything works from the build-time SVG before (and without) ECharts.
 */
import { downloadPng, downloadSvg } from './chart-download.ts';
// By URL, not `import('./chart-echarts.ts')`, which Vite would wrap in a preload helper loaded up front.
import echartsUrl from './chart-echarts.ts?chunk-url';

/** Start loading ECharts this far before a chart scrolls into view. */
const NEAR_VIEWPORT = '300px 0px';

function button(label: string, onClick: () => void): HTMLButtonElement {
	const element = document.createElement('button');
	element.type = 'button';
	element.textContent = label;
	element.addEventListener('click', onClick);
	return element;
}

/** Chart view or table view; print shows both whatever is chosen (tables.css). */
function addViewSwitch(figure: HTMLElement): void {
	const charts = figure.querySelector<HTMLElement>('.data-table__charts');
	const table = figure.querySelector<HTMLElement>('.data-table__scroll');
	if (!charts || !table) return;
	const group = document.createElement('div');
	group.className = 'data-table__views';
	group.setAttribute('role', 'group');
	group.setAttribute('aria-label', '查看方式');
	group.setAttribute('data-pagefind-ignore', '');
	const show = (view: 'chart' | 'table'): void => {
		charts.hidden = view !== 'chart';
		table.hidden = view !== 'table';
		figure.dataset['view'] = view;
		for (const item of group.querySelectorAll('button')) item.setAttribute('aria-pressed', String(item.dataset['view'] === view));
	};
	for (const [view, label] of [['chart', '图表'], ['table', '表格']] as const) {
		const item = button(label, () => show(view));
		item.dataset['view'] = view;
		group.append(item);
	}
	figure.querySelector('figcaption')?.after(group);
	show('chart');
}

function addDownloads(chart: HTMLElement): void {
	const svg = chart.querySelector<SVGSVGElement>('.chart__svg--wide svg');
	if (!svg) return;
	const name = chart.dataset['chart'] ?? 'chart';
	const tools = document.createElement('p');
	tools.className = 'chart__tools';
	tools.setAttribute('data-pagefind-ignore', '');
	tools.append(button('下载 PNG', () => void downloadPng(svg, `${name}.png`)), button('下载 SVG', () => downloadSvg(svg, `${name}.svg`)));
	chart.querySelector('script.chart__data')?.before(tools);
}

function hydrateWhenNear(charts: HTMLElement[]): void {
	if (charts.length === 0) return;
	// One import for every chart of the page; it starts only when the first chart comes near.
	let library: Promise<typeof import('./chart-echarts.ts')> | undefined;
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				library ??= import(/* @vite-ignore */ echartsUrl);
				const target = entry.target as HTMLElement;
				library.then((module) => module.hydrateChart(target)).catch((error: unknown) => console.warn('图表交互未能加载', error));
			}
		},
		{ rootMargin: NEAR_VIEWPORT },
	);
	for (const chart of charts) observer.observe(chart);
}

const charts = [...document.querySelectorAll<HTMLElement>('figure.chart')];
for (const figure of document.querySelectorAll<HTMLElement>('figure.data-table[data-has-chart]')) addViewSwitch(figure);
for (const chart of charts) addDownloads(chart);
hydrateWhenNear(charts);
