/**
 * Reader preferences kept in localStorage. The inline script in ReaderHead.astro applies the same keys
 * before first paint (no flash); this module changes them when the reader presses a button.
 */
export const THEME_KEY = 'reader-theme';
export const FONT_STEP_KEY = 'reader-font-step';

/** Font-size steps offered by the A−/A+ buttons; CSS maps each to a root font size. */
export const FONT_STEPS = ['-1', '0', '1', '2'] as const;

/** Store a preference; private browsing may refuse, and then the choice simply lasts for this page. */
export function remember(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Storage unavailable: keep the in-page choice only.
	}
}
