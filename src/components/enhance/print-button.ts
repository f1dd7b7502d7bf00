/** The 打印 button of a whole-part print page opens the browser's print dialog. */
export function setUpPrintButton(): void {
	document.querySelector('[data-print]')?.addEventListener('click', () => print());
}
