/**
 * Close the phone 菜单 popover when one of its links is followed: a same-page jump (本篇 → #part-nav)
 * would otherwise leave the panel covering the place it jumped to.
 */
export function setUpSiteMenu(): void {
	const menu = document.querySelector<HTMLElement>('#site-menu');
	menu?.addEventListener('click', (event) => {
		if (event.target instanceof Element && event.target.closest('a') && menu.matches(':popover-open')) menu.hidePopover();
	});
}
