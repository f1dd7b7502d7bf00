/**
 * Which of the part-specific stylesheets a page needs. The shared stylesheet holds what every
 * chapter uses; the styles of the 政策法规篇's documents, the 大事记 timeline and the 先进人物
 * page are separate files, so an ordinary chapter does not download them (see the page weight
 * target in `npm run bench`).
 */

/** A part-specific stylesheet, by the name of its file in src/styles/. */
export type PageStylesheet = 'documents' | 'chronicle' | 'persons';

/** Parts whose pages (chapters and the part's print document) need a stylesheet of their own. */
const BY_PART: Readonly<Record<string, PageStylesheet>> = {
	policy: 'documents',
	chronicle: 'chronicle',
};

/**
 * The part-specific stylesheets of a page.
 * @param page.partId the part the page belongs to, e.g. `policy`
 * @param page.showsPersons the page shows 先进人物 bios (their group page, or the 先进典范篇 print document)
 */
export function pageStylesheets(page: { partId: string; showsPersons?: boolean }): PageStylesheet[] {
	const sheets: PageStylesheet[] = [];
	const forPart = BY_PART[page.partId];
	if (forPart) sheets.push(forPart);
	if (page.showsPersons) sheets.push('persons');
	return sheets;
}
