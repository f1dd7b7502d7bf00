/**
 * 'Cite this' in GB/T 7714—2015, the Chinese national standard for references: the book as a
 * monograph [M] with the printed page, and a chapter as a contribution (析出文献, `//`) to it.
 */
import type { Book } from '../schemas/book.ts';

/** The book's publication facts; book.json's `edition` has the same shape. */
export type Edition = Book['edition'] & { title: string };

/** Facts from the title page and colophon, used when book.json is not at hand. */
export const YEARBOOK_EDITION: Edition = {
	title: '中国信息化年鉴2017',
	editor: '《中国信息化年鉴》编委会',
	publisher: '电子工业出版社',
	place: '北京',
	published: '2018-11',
	isbn: '978-7-121-35102-0',
};

function year(edition: Edition): string {
	return edition.published.slice(0, 4);
}

function pageSuffix(page: number | null): string {
	return page === null ? '' : `: ${page}`;
}

/**
 * The book itself at a page, e.g. for a table:
 * `《中国信息化年鉴》编委会. 中国信息化年鉴2017[M]. 北京: 电子工业出版社, 2018: 568.`
 * @param page the printed page, or null when the book gives none
 * @param edition publication facts (default: the 2017 yearbook)
 */
export function citeBook(page: number | null, edition: Edition = YEARBOOK_EDITION): string {
	return `${edition.editor}. ${edition.title}[M]. ${edition.place}: ${edition.publisher}, ${year(edition)}${pageSuffix(page)}.`;
}

/**
 * A chapter as a contribution to the book:
 * `周宏仁. 标题[M]//《中国信息化年鉴》编委会. 中国信息化年鉴2017. 北京: 电子工业出版社, 2018: 3.`
 * Chapters without a byline are the editorial board's own.
 * @param chapter the chapter's title, printed page and author (byline), if any
 * @param edition publication facts (default: the 2017 yearbook)
 */
export function citeChapter(
	chapter: { title: string; page: number | null; author?: string | undefined },
	edition: Edition = YEARBOOK_EDITION,
): string {
	const author = chapter.author ?? edition.editor;
	return `${author}. ${chapter.title}[M]//${edition.editor}. ${edition.title}. ${edition.place}: ${edition.publisher}, ${year(edition)}${pageSuffix(chapter.page)}.`;
}

/**
 * The authors from a byline. The yearbook prints a position, then one or more names
 * ('…研究所 温晓君 徐永健 徐丰'), or an organisation alone ('赛迪顾问股份有限公司');
 * GB/T 7714 lists names separated by ', '.
 * @param byline the byline as printed
 */
export function authorFromByline(byline: string | undefined): string | undefined {
	const parts = byline?.trim().split(/\s+/u).filter(Boolean) ?? [];
	if (parts.length <= 1) return parts[0];
	const names = parts.slice(1).filter((part) => /^[\u4e00-\u9fff·]{2,4}$/u.test(part));
	return names.length > 0 ? names.join(', ') : parts[parts.length - 1];
}
