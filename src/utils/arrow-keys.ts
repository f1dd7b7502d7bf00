/** What the reader pressed, reduced to what decides whether ←/→ turns the page. */
export interface KeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	/** Tag name of the focused element, upper case as the DOM gives it. */
	targetTag: string;
	targetEditable: boolean;
	/** The focus is inside a scroll box that scrolls sideways (a wide table): arrows belong to it. */
	inHorizontalScroller: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Which way a key press turns the page: 'prev' for ←, 'next' for →, or null when the key means
 * something else (a modifier is held, the reader is typing, or a wide table scrolls with it).
 */
export function pageTurn(press: KeyPress): 'prev' | 'next' | null {
	if (press.altKey || press.ctrlKey || press.metaKey || press.shiftKey) return null;
	if (press.targetEditable || TYPING_TAGS.has(press.targetTag) || press.inHorizontalScroller) return null;
	if (press.key === 'ArrowLeft') return 'prev';
	if (press.key === 'ArrowRight') return 'next';
	return null;
}
