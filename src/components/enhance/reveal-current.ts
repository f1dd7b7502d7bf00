/**
 * Scroll the part navigation (its own scroll box on wide screens) so the current chapter is in view
 * on load; the page itself does not move.
 */
export function revealCurrentChapter(): void {
	const nav = document.querySelector<HTMLElement>('[data-part-nav]');
	const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
	if (!nav || !current || nav.scrollHeight <= nav.clientHeight) return;
	nav.scrollTop = current.offsetTop - nav.clientHeight / 2;
}
