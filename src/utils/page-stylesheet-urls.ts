/** Built URLs of the part-specific stylesheets (Vite `?url` imports: hashed, minified, cached). */
import type { PageStylesheet } from './page-stylesheets.ts';
import documentsCss from '../styles/documents.css?url';
import chronicleCss from '../styles/chronicle.css?url';
import personsCss from '../styles/persons.css?url';

/** The URL of each part-specific stylesheet, for `<link rel="stylesheet">`. */
export const PAGE_STYLESHEET_URLS: Readonly<Record<PageStylesheet, string>> = {
	documents: documentsCss,
	chronicle: chronicleCss,
	persons: personsCss,
};
