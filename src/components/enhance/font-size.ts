import { FONT_STEP_KEY, FONT_STEPS, remember } from './preferences.ts';

const root = document.documentElement;

/** Wire the A−/A+ buttons: move one step through FONT_STEPS, disable a button at its end. */
export function setUpFontSize(): void {
	const smaller = document.querySelector<HTMLButtonElement>('[data-font-smaller]');
	const larger = document.querySelector<HTMLButtonElement>('[data-font-larger]');
	if (!smaller || !larger) return;
	const current = (): number => Math.max(0, FONT_STEPS.indexOf((root.dataset['fontStep'] ?? '0') as (typeof FONT_STEPS)[number]));
	const apply = (index: number): void => {
		const step = FONT_STEPS[index] ?? '0';
		root.dataset['fontStep'] = step;
		remember(FONT_STEP_KEY, step);
		sync();
	};
	const sync = (): void => {
		smaller.disabled = current() === 0;
		larger.disabled = current() === FONT_STEPS.length - 1;
	};
	smaller.addEventListener('click', () => apply(current() - 1));
	larger.addEventListener('click', () => apply(current() + 1));
	sync();
}
