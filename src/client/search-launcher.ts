/**
 * The only search code on every page: opens the search dialog on click, `/` or Ctrl/⌘K, and
 * loads the dialog (and Pagefind) only then. Also marks search terms after a result was followed.
 */
const openSearch = (): void => {
	void import('./search-dialog.ts').then((dialog) => dialog.openSearchDialog());
};

for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
	button.addEventListener('click', (event) => {
		event.preventDefault();
		openSearch();
	});
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

if (new URLSearchParams(location.search).has('hl')) void import('./search-highlight.ts');
