/**
 * The search dialog: a native modal <dialog> (the rest of the page is inert, Esc closes it),
 * created on first open and reused. Focus returns to whatever had it before.
 */
// As a URL, not a side-effect import: Astro would otherwise link the stylesheet from every page.
import stylesheetUrl from './search.css?url';
import { createSearchUi, type SearchUi } from './search-ui.ts';

let dialog: HTMLDialogElement | undefined;
let ui: SearchUi | undefined;
let returnFocus: HTMLElement | null = null;

function build(): HTMLDialogElement {
	const element = document.createElement('dialog');
	element.className = 'ys-dialog';
	element.setAttribute('aria-label', '搜索');
	ui = createSearchUi({ onNavigate: () => element.close() });
	const close = document.createElement('button');
	close.type = 'button';
	close.className = 'ys-dialog__close';
	close.textContent = '关闭';
	close.setAttribute('aria-label', '关闭搜索（Esc）');
	close.addEventListener('click', () => element.close());
	const share = document.createElement('a');
	share.className = 'ys-dialog__page';
	share.href = '/search/';
	share.textContent = '在搜索页打开';
	ui.input.addEventListener('input', () => {
		share.href = ui?.input.value.trim() ? `/search/?q=${encodeURIComponent(ui.input.value.trim())}` : '/search/';
	});
	const bar = document.createElement('div');
	bar.className = 'ys-dialog__bar';
	bar.append(share, close);
	element.append(bar, ui.element);
	// A click on the backdrop (outside the panel) closes the dialog.
	element.addEventListener('click', (event) => {
		if (event.target === element) element.close();
	});
	element.addEventListener('close', () => {
		returnFocus?.focus();
		returnFocus = null;
	});
	document.body.append(element);
	return element;
}

let stylesheet: Promise<void> | undefined;

/** Add the search stylesheet once and wait for it, so the dialog never shows unstyled. */
function loadStylesheet(): Promise<void> {
	stylesheet ??= new Promise((resolve) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = stylesheetUrl;
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
		document.head.append(link);
	});
	return stylesheet;
}

/** Open the search dialog with the query box focused. */
export async function openSearchDialog(): Promise<void> {
	await loadStylesheet();
	dialog ??= build();
	if (dialog.open) {
		ui?.input.focus();
		return;
	}
	returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	dialog.showModal();
	ui?.input.focus();
	ui?.input.select();
}
