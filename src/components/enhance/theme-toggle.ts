import { remember, THEME_KEY } from './preferences.ts';

const root = document.documentElement;
const darkQuery = matchMedia('(prefers-color-scheme: dark)');

function isDark(): boolean {
	const chosen = root.dataset['theme'];
	return chosen ? chosen === 'dark' : darkQuery.matches;
}

/** Wire the 深色 button: it flips between light and dark and remembers the choice. */
export function setUpThemeToggle(): void {
	const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
	if (!button) return;
	const sync = (): void => button.setAttribute('aria-pressed', String(isDark()));
	button.addEventListener('click', () => {
		const theme = isDark() ? 'light' : 'dark';
		root.dataset['theme'] = theme;
		remember(THEME_KEY, theme);
		sync();
	});
	darkQuery.addEventListener('change', sync);
	sync();
}
