/**
 * Folder holding the parser's output (book.json, chapters/, tables/ …), relative to the project root.
 * `YEARBOOK_CONTENT_DIR` lets a test build the site from a small fixture book instead of the real one.
 */
export function contentDir(): string {
	return process.env['YEARBOOK_CONTENT_DIR'] ?? 'content';
}
