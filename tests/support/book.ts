import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYearbook, type ParseResult } from '../../scripts/lib/parse/index.ts';

/** The committed source of the whole yearbook. */
export const SOURCE_PATH = join(import.meta.dirname, '..', '..', 'content', 'source', 'zgxxh-2017.txt');

let cached: ParseResult | undefined;

/** The whole real book, parsed once per test file. */
export function parsedBook(): ParseResult {
	cached ??= parseYearbook(readFileSync(SOURCE_PATH, 'utf8'));
	return cached;
}

/** The Markdown body (after the front matter) of a chapter with this title. */
export function chapterBody(result: ParseResult, title: string): string {
	const file = [...result.markdown.entries()].find(([, text]) => text.includes(`\ntitle: ${title}\n`));
	if (!file) throw new Error(`no chapter titled ${title}`);
	return file[1].slice(file[1].indexOf('\n---\n', 4) + 5);
}
