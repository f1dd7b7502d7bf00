import { getEntry } from 'astro:content';
import type { Book } from '../schemas/book.ts';

/** The parsed book tree (content/book.json), loaded once per build through the `book` collection. */
export async function loadBook(): Promise<Book> {
	const entry = await getEntry('book', 'book');
	if (!entry) throw new Error('content/book.json is missing: run `npm run parse` first.');
	return entry.data;
}
