import { pageTurn } from '../../utils/arrow-keys.ts';

/** Does a sideways scroll box (a wide table) contain the element? Then arrows scroll it instead. */
function inHorizontalScroller(element: Element | null): boolean {
	for (let node = element; node && node !== document.body; node = node.parentElement) {
		if (node.scrollWidth > node.clientWidth && getComputedStyle(node).overflowX !== 'visible') return true;
	}
	return false;
}

/** ←/→ follow the page's `<link rel="prev|next">`, unless the key means something else there. */
export function setUpPageKeys(): void {
	const links = {
		prev: document.querySelector<HTMLLinkElement>('link[rel="prev"]')?.href,
		next: document.querySelector<HTMLLinkElement>('link[rel="next"]')?.href,
	};
	if (!links.prev && !links.next) return;
	document.addEventListener('keydown', (event) => {
		if (event.defaultPrevented) return;
		const target = event.target instanceof Element ? event.target : null;
		const direction = pageTurn({
			key: event.key,
			altKey: event.altKey,
			ctrlKey: event.ctrlKey,
			metaKey: event.metaKey,
			shiftKey: event.shiftKey,
			targetTag: target?.tagName ?? '',
			targetEditable: target instanceof HTMLElement && target.isContentEditable,
			inHorizontalScroller: inHorizontalScroller(target),
		});
		const href = direction ? links[direction] : undefined;
		if (href) location.href = href;
	});
}
