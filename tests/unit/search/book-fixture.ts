/** Read the real parsed book (content/) for search tests: nodes with their Markdown bodies. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BookSchema, type Book, type BookNode } from '../../../src/schemas/book.ts';

const CONTENT = join(import.meta.dirname, '..', '..', '..', process.env['YEARBOOK_CONTENT_DIR'] ?? 'content');

export const book: Book = BookSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'book.json'), 'utf8')));

/** Every node with a file, with its part slug. */
export function chapters(): Array<{ partId: string; node: BookNode }> {
	const out: Array<{ partId: string; node: BookNode }> = [];
	const visit = (partId: string, node: BookNode): void => {
		if (node.file) out.push({ partId, node });
		for (const child of node.chapters ?? []) visit(partId, child);
	};
	for (const part of book.parts) for (const node of part.chapters) visit(part.id, node);
	return out;
}

/** A chapter's Markdown body without its front matter. */
export function body(node: BookNode): string {
	const text = readFileSync(join(CONTENT, node.file ?? ''), 'utf8');
	return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}
