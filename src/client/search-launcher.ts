/**
 * The only search code on every page: opens the search dialog on click, `/` or Ctrl/⌘K. The dialog
 * loads only when the reader points at or focuses the search button or opens search, Pagefind only
 * on opening. Also marks search terms after a result was followed.
 *
 * The dialog and the highlighter are imported by URL (`?chunk-url`), not as `import('./…')`,
 * which Vite would wrap in its preload helper, loaded by every page up front.
 */
import dialogUrl from './search-dialog.ts?chunk-url';
import highlightUrl from './search-highlight.ts?chunk-url';

/** The browser fetches the module once, however often it is imported. */
const loadDialog = (): Promise<typeof import('./search-dialog.ts')> => import(/* @vite-ignore */ dialogUrl);

const openSearch = (): void => {
	void loadDialog().then((dialog) => dialog.openSearchDialog());
};

for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
	button.addEventListener('click', (event) => {
		event.preventDefault();
		openSearch();
	});
	// The dialog's own imports load only after it, so start on the first sign of intent.
	for (const intent of ['pointerenter', 'focus']) button.addEventListener(intent, () => void loadDialog(), { once: true });
}

document.addEventListener('keydown', (event) => {
	const target = event.target as HTMLElement | null;
	const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
	if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
		event.preventDefault();
		openSearch();
	} else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
		event.preventDefault();
		openSearch();
	}
});

if (new URLSearchParams(location.search).has('hl')) void import(/* @vite-ignore */ highlightUrl);
