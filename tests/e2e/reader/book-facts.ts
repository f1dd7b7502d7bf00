/** What the reader e2e tests expect, read from the generated content (never hard-coded). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BookSchema, type Book, type BookNode } from '../../../src/schemas/book.ts';
import { CONTENT } from '../support/paths.ts';

let cached: Book | undefined;

/** content/book.json, checked against the contract. */
export function book(): Book {
	cached ??= BookSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'book.json'), 'utf8')));
	return cached;
}

/** The book node with this title; throws when the parser produced none. */
export function nodeTitled(title: string): BookNode {
	const visit = (nodes: readonly BookNode[]): BookNode | undefined => {
		for (const node of nodes) {
			if (node.title === title) return node;
			const child = visit(node.chapters ?? []);
			if (child) return child;
		}
		return undefined;
	};
	const found = visit(book().parts.flatMap((part) => part.chapters));
	if (!found) throw new Error(`book.json has no chapter titled ${title}`);
	return found;
}
