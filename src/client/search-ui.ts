/**
 * The search box, filter chips and result list, shared by the dialog and /search/. Plain DOM:
 * no framework, so the chunk stays small and loads only when search is opened.
 */
import { searchBook, type EntityCard, type Filters, type RankedResult, type SearchHit, type SearchSession } from '../search/engine.ts';
import { compactCjk } from '../search/literal.ts';
import { escapeHtml, withHighlight } from '../search/excerpt.ts';
import { orderFacetValues } from '../search/facet-order.ts';
import { FIRST_SCREEN_BUDGET, excerptLoads } from '../search/excerpt-budget.ts';
import { loadPagefind, type PagefindModule } from './search-pagefind.ts';

const PAGE_SIZE = 10;
/** Results whose excerpt may load at once, within a byte budget (src/search/excerpt-budget.ts). */
const EAGER = 3;
/** Filter keys in display order; 类型 and 篇 as chips, 地区 and 部委 as menus (too many for chips). */
const CHIP_KEYS = ['类型', '篇'] as const;
const MENU_KEYS = ['地区', '部委'] as const;

export interface SearchUiOptions {
	/** Keep the query and filters in the page URL (?q=…): true on /search/. */
	syncUrl?: boolean;
	/** Called when a result link is followed (the dialog closes itself). */
	onNavigate?: () => void;
}

export interface SearchUi {
	element: HTMLElement;
	input: HTMLInputElement;
	setQuery(query: string, filters?: Filters): void;
}

let uid = 0;

/** Build the search UI; it starts loading Pagefind at once. */
export function createSearchUi(options: SearchUiOptions = {}): SearchUi {
	const id = `ys${++uid}`;
	const element = document.createElement('div');
	element.className = 'ys';
	element.innerHTML = `
		<form class="ys__form" role="search" action="/search/">
			<label class="ys__label" for="${id}-q">搜索全书</label>
			<div class="ys__row">
				<input class="ys__input" id="${id}-q" name="q" type="search" autocomplete="off" spellcheck="false"
					enterkeyhint="search" aria-describedby="${id}-hint" aria-controls="${id}-results"
					placeholder="部委、省份、表格、法规条文……" />
				<button class="ys__submit" type="submit">搜索</button>
			</div>
			<p class="ys__hint" id="${id}-hint">整句加引号精确匹配，如 “工业和信息化部”；支持简称，如 工信部、粤。↑↓ 选择，Enter 打开。</p>
		</form>
		<div class="ys__filters" aria-label="筛选" role="group"></div>
		<p class="ys__status" id="${id}-status" role="status" aria-live="polite"></p>
		<ul class="ys__entities" aria-label="相关专题页"></ul>
		<ol class="ys__results" id="${id}-results" aria-label="搜索结果"></ol>
		<button class="ys__more" type="button" hidden>显示更多结果</button>`;
	const input = element.querySelector<HTMLInputElement>('.ys__input')!;
	const filtersBox = element.querySelector<HTMLElement>('.ys__filters')!;
	const status = element.querySelector<HTMLElement>('.ys__status')!;
	const entities = element.querySelector<HTMLUListElement>('.ys__entities')!;
	const results = element.querySelector<HTMLOListElement>('.ys__results')!;
	const more = element.querySelector<HTMLButtonElement>('.ys__more')!;

	let filters: Filters = {};
	let session: SearchSession | undefined;
	let listed = 0;
	let generation = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const loaded = loadPagefind();
	void loaded.then(({ pagefind }) => renderFilters(pagefind)).catch(() => {
		status.textContent = '搜索索引加载失败：请通过网站服务器（而不是直接打开文件）访问本书。';
	});

	async function renderFilters(pf: PagefindModule): Promise<void> {
		const all = await pf.filters();
		filtersBox.innerHTML = [
			...CHIP_KEYS.map((key) => chipGroup(key, all[key] ?? {})),
			...MENU_KEYS.map((key) => menu(key, all[key] ?? {})),
		].join('');
		syncFilterControls();
	}

	function syncFilterControls(): void {
		for (const chip of filtersBox.querySelectorAll<HTMLButtonElement>('button[data-key]')) {
			chip.setAttribute('aria-pressed', String(filters[chip.dataset['key']!]?.includes(chip.value) ?? false));
		}
		for (const select of filtersBox.querySelectorAll<HTMLSelectElement>('select[data-key]')) {
			select.value = filters[select.dataset['key']!]?.[0] ?? '';
		}
	}

	filtersBox.addEventListener('click', (event) => {
		const chip = (event.target as Element).closest<HTMLButtonElement>('button[data-key]');
		if (!chip) return;
		const key = chip.dataset['key']!;
		filters = { ...filters, [key]: filters[key]?.includes(chip.value) ? [] : [chip.value] };
		syncFilterControls();
		void run();
	});
	filtersBox.addEventListener('change', (event) => {
		const select = (event.target as Element).closest<HTMLSelectElement>('select[data-key]');
		if (!select) return;
		filters = { ...filters, [select.dataset['key']!]: select.value ? [select.value] : [] };
		void run();
	});

	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), 180);
	});
	element.querySelector('form')!.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run(true).then(() => results.querySelector<HTMLAnchorElement>('a')?.focus());
	});
	more.addEventListener('click', () => void showMore(false));
	element.addEventListener('keydown', (event) => moveFocus(event));
	results.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) options.onNavigate?.();
	});
	entities.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) options.onNavigate?.();
	});

	/** @param submitted Enter or the button: the reader asked for the results, so the first one shows its excerpt whatever its size. */
	async function run(submitted = false): Promise<void> {
		const mine = ++generation;
		const query = input.value;
		const active = activeFilters(filters);
		if (options.syncUrl) syncUrl(query, active);
		if (query.trim() === '' && Object.keys(active).length === 0) {
			session = undefined;
			results.replaceChildren();
			entities.replaceChildren();
			more.hidden = true;
			status.textContent = '';
			results.setAttribute('aria-busy', 'false');
			return;
		}
		// aria-busy tells assistive technology (and the e2e tests) that the list is being replaced.
		results.setAttribute('aria-busy', 'true');
		status.textContent = '正在搜索……';
		const { pagefind, directory } = await loaded;
		const next = await searchBook(pagefind, query, active, { directory });
		if (mine !== generation) return;
		session = next;
		listed = 0;
		results.replaceChildren();
		entities.innerHTML = next.entities.map(entityLink).join('');
		await showMore(true, submitted);
	}

	const lazy = new IntersectionObserver((entries) => {
		for (const entry of entries) {
			if (!entry.isIntersecting) continue;
			lazy.unobserve(entry.target);
			const item = entry.target as HTMLLIElement & { result?: RankedResult; session?: SearchSession };
			if (item.result && item.session) void fillDetails(item, item.session, item.result);
		}
	});

	async function showMore(first: boolean, submitted = false): Promise<void> {
		const current = session;
		if (!current) return;
		const mine = generation;
		// Loose word-search candidates are only checked on request: the exact-phrase searches find
		// 719 of the 720 literal pages measured, and checking a candidate costs its whole page text.
		if (!first && listed >= current.results.length && current.unconfirmed() > 0) {
			await current.confirmMore(PAGE_SIZE);
		}
		if (mine !== generation) return;
		const page = current.results.slice(listed, listed + PAGE_SIZE);
		const highlight = [...new Set(current.query.terms.flat())];
		const items = page.map((result, i) => {
			const item = document.createElement('li') as HTMLLIElement & { result?: RankedResult; session?: SearchSession };
			item.className = 'ys__hit';
			item.dataset['rank'] = String(listed + i + 1);
			item.innerHTML = resultItem(result, highlight);
			item.result = result;
			item.session = current;
			return item;
		});
		results.append(...items);
		listed += page.length;
		// After a submit focus goes to the first result, which loads it anyway: count it in now.
		const loads = excerptLoads(
			page.map((result) => result.fragmentBytes),
			first ? EAGER : 0,
			FIRST_SCREEN_BUDGET,
			first && submitted,
		);
		const now: Array<Promise<void>> = [];
		items.forEach((item, i) => {
			if (loads[i] === 'now') now.push(fillDetails(item, current, page[i]!));
			else if (loads[i] === 'visible') lazy.observe(item);
			else {
				// A long chapter: its excerpt costs 20–50 KB, so it waits until the reader shows interest.
				const pending = item.querySelector('.ys__excerpt--pending');
				if (pending) pending.textContent = '篇幅较长：指向或选中时显示摘要';
				whenAsked(item, () => void fillDetails(item, current, page[i]!));
			}
		});
		await Promise.all(now);
		if (mine !== generation) return;
		more.hidden = listed >= current.results.length && current.unconfirmed() === 0;
		more.textContent = listed < current.results.length ? '显示更多结果' : '核对相近的结果';
		status.textContent = statusText(current);
		results.setAttribute('aria-busy', 'false');
		if (!first) items[0]?.querySelector<HTMLAnchorElement>('a')?.focus();
	}

	function moveFocus(event: KeyboardEvent): void {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const target = event.target as HTMLElement;
		if (target.tagName === 'SELECT') return;
		const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
		if (links.length === 0) return;
		event.preventDefault();
		const at = links.indexOf(target as HTMLAnchorElement);
		if (event.key === 'ArrowDown') (links[at + 1] ?? links[0])!.focus();
		else if (at <= 0) input.focus();
		else links[at - 1]!.focus();
	}

	return {
		element,
		input,
		setQuery(query, initialFilters = {}) {
			input.value = query;
			filters = initialFilters;
			syncFilterControls();
			void run();
		},
	};
}

function activeFilters(filters: Filters): Filters {
	return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
}

function syncUrl(query: string, filters: Filters): void {
	const params = new URLSearchParams();
	if (query.trim()) params.set('q', query.trim());
	for (const [key, values] of Object.entries(filters)) for (const value of values) params.append(key, value);
	const search = params.toString();
	history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

/** Run `load` once, when the reader points at, focuses or touches the item. */
function whenAsked(item: HTMLElement, load: () => void): void {
	const controller = new AbortController();
	const once = (): void => {
		controller.abort();
		load();
	};
	for (const type of ['pointerenter', 'focusin', 'touchstart']) item.addEventListener(type, once, { signal: controller.signal, passive: true });
}

async function fillDetails(item: HTMLLIElement, session: SearchSession, result: RankedResult): Promise<void> {
	const hit = await session.details(result);
	const hadFocus = item.contains(document.activeElement);
	item.innerHTML = hitItem(hit);
	if (hadFocus) item.querySelector<HTMLAnchorElement>('a')?.focus();
}

function statusText(session: SearchSession): string {
	const q = session.query.phrase ? (session.query.terms[0]?.[0] ?? '') : session.query.raw;
	const shown = session.results.length;
	if (shown === 0) {
		return q
			? `没有找到包含“${q}”的内容。${session.query.phrase ? '' : '可以换个说法、去掉筛选条件，或核对相近的结果。'}`
			: '没有符合筛选条件的页面。';
	}
	const prefix = q ? `包含“${q}”的页面` : '符合筛选条件的页面';
	return `${prefix}共 ${shown} 个。`;
}

function chipGroup(key: string, values: Record<string, number>): string {
	const chips = orderFacetValues(key, Object.keys(values))
		.map((value) => `<button type="button" class="ys__chip" data-key="${escapeHtml(key)}" value="${escapeHtml(value)}" aria-pressed="false">${escapeHtml(value)}</button>`)
		.join('');
	return `<div class="ys__chips" role="group" aria-label="${escapeHtml(key)}"><span class="ys__chips-label" aria-hidden="true">${escapeHtml(key)}</span>${chips}</div>`;
}

function menu(key: string, values: Record<string, number>): string {
	const optionsHtml = orderFacetValues(key, Object.keys(values))
		.map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`)
		.join('');
	return `<label class="ys__menu">${escapeHtml(key)} <select data-key="${escapeHtml(key)}"><option value="">全部</option>${optionsHtml}</select></label>`;
}

function entityLink(card: EntityCard): string {
	const kind = card.kind === 'region' ? '地区' : '部委';
	return `<li><a href="${escapeHtml(card.url)}">${kind}专题：${escapeHtml(card.label)} →</a></li>`;
}

/** A result as listed before its excerpt has loaded: title and part from the page directory. */
function resultItem(result: RankedResult, highlight: string[]): string {
	return `<a class="ys__hit-link" href="${escapeHtml(result.url ? withHighlight(result.url, highlight) : '#')}">
			<span class="ys__meta">${result.part ? `<span class="ys__part">${escapeHtml(result.part)}</span>` : ''}</span>
			<span class="ys__title">${escapeHtml(compactCjk(result.title) || '……')}</span>
			<span class="ys__excerpt ys__excerpt--pending">……</span>
		</a>`;
}

/** A result with its excerpt, types and sub-results. */
function hitItem(hit: SearchHit): string {
	const title = escapeHtml(compactCjk(hit.title));
	const types = hit.types.map((t) => `<span class="ys__type">${escapeHtml(t)}</span>`).join('');
	const subs = hit.subResults
		.map(
			(sub) =>
				`<li><a class="ys__sub-link" href="${escapeHtml(sub.url)}"><span class="ys__sub-title">${escapeHtml(compactCjk(sub.title))}</span><span class="ys__excerpt">${sub.excerptHtml}</span></a></li>`,
		)
		.join('');
	return `<a class="ys__hit-link" href="${escapeHtml(hit.url)}">
			<span class="ys__meta">${hit.part ? `<span class="ys__part">${escapeHtml(hit.part)}</span>` : ''}${types}</span>
			<span class="ys__title">${title}</span>
			<span class="ys__excerpt">${hit.excerptHtml}</span>
		</a>
		${subs ? `<ul class="ys__subs">${subs}</ul>` : ''}`;
}
