import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ParseResult } from '../parse/index.ts';
import { BookSchema, ErrataSchema, EventsSchema, FidelitySchema, TableSchema, ChapterFrontmatterSchema } from '../../../src/schemas/index.ts';
import { parse as parseYaml } from 'yaml';

/** The generated files, replaced together: never a mix of an old and a new parse. */
export const GENERATED = ['book.json', 'events.json', 'errata.json', 'fidelity.json', 'chapters', 'tables'];

/** Validate every output with the site's own schemas; throws with the file and the zod path. */
export function validateOutput(result: ParseResult): void {
	const check = (what: string, schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) => {
		const parsed = schema.safeParse(value);
		if (!parsed.success) {
			const issue = parsed.error?.issues[0];
			throw new Error(`Invalid ${what}\n**${issue?.path.join('.')}**: ${issue?.message}\n> The parser produced data the site cannot read; fix the pass that builds it.`);
		}
	};
	check('content/book.json', BookSchema, result.book);
	check('content/events.json', EventsSchema, result.events);
	check('content/errata.json', ErrataSchema, result.errata);
	check('content/fidelity.json', FidelitySchema, result.fidelity);
	for (const table of result.tables) check(`content/tables/${table.id}.json`, TableSchema, table);
	for (const [file, text] of result.markdown) {
		if (file.startsWith('chapters/front/')) continue;
		const front = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
		check(`content/${file}`, ChapterFrontmatterSchema, parseYaml(front));
	}
}

/** Write the parse into `contentDir` through a temporary folder, then swap it in. */
export function writeContent(contentDir: string, result: ParseResult): void {
	const stamp = `${process.pid}-${Date.now()}`;
	const temp = join(contentDir, `.tmp-${stamp}`);
	const old = join(contentDir, `.old-${stamp}`);
	const write = (file: string, text: string) => {
		const path = join(temp, file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	};
	try {
		write('book.json', `${JSON.stringify(result.book, null, '\t')}\n`);
		write('events.json', `${JSON.stringify(result.events, null, '\t')}\n`);
		write('errata.json', `${JSON.stringify(result.errata, null, '\t')}\n`);
		write('fidelity.json', `${JSON.stringify(result.fidelity)}\n`);
		for (const table of result.tables) write(`tables/${table.id}.json`, `${JSON.stringify(table, null, '\t')}\n`);
		for (const [file, text] of result.markdown) write(file, text);
		mkdirSync(old);
		for (const name of GENERATED) if (existsSync(join(contentDir, name))) renameSync(join(contentDir, name), join(old, name));
		for (const name of GENERATED) renameSync(join(temp, name), join(contentDir, name));
	} finally {
		rmSync(temp, { recursive: true, force: true });
		rmSync(old, { recursive: true, force: true });
	}
}
