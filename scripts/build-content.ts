/**
 * `npm run parse`: the yearbook's text → content/ (book.json, chapters/, tables/, events.json, errata.json,
 * fidelity.json). Exits non-zero on any error diagnostic and then writes nothing.
 * Usage: node scripts/build-content.ts [--if-changed] [SOURCE.txt] [CONTENT_DIR]
 *   --if-changed  do nothing when content/ already holds this parser's output for this source (npm run build)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseYearbook } from './lib/parse/index.ts';
import { formatDiagnostic } from './lib/parse/format-diagnostic.ts';
import { validateOutput, writeContent } from './lib/emit/write-content.ts';
import { parseIsUpToDate, stampParse } from './lib/emit/parse-stamp.ts';

const projectRoot = join(import.meta.dirname, '..');
const { values: options, positionals } = parseArgs({ options: { 'if-changed': { type: 'boolean', default: false } }, allowPositionals: true });
const sourcePath = positionals[0] ?? join(projectRoot, 'content', 'source', 'zgxxh-2017.txt');
const contentDir = positionals[1] ?? join(projectRoot, 'content');

if (options['if-changed'] && parseIsUpToDate(projectRoot, sourcePath, contentDir)) {
	console.log('parse: content/ is up to date (same source, same parser, outputs untouched); not parsed again.');
	process.exit(0);
}

// Read and parse (pure).
const text = readFileSync(sourcePath, 'utf8');
const started = performance.now();
const result = parseYearbook(text);

// Report every diagnostic with its source excerpt.
const lines = text.split('\n');
for (const d of result.diagnostics) console.error(formatDiagnostic(d, lines) + '\n');
const errors = result.diagnostics.filter((d) => d.severity === 'error');
if (errors.length) {
	console.error(`parse: ${errors.length} error(s) in ${sourcePath}; content/ left unchanged.`);
	process.exit(1);
}

// Validate with the site's schemas, then swap the new content in.
validateOutput(result);
writeContent(contentDir, result);
stampParse(projectRoot, sourcePath, contentDir);

const { fidelity } = result;
console.log(
	`parse: ${result.markdown.size} Markdown files, ${result.tables.length} tables, ${result.events.length} events, ` +
		`${fidelity.joins} joins, ${result.errata.length} errata; ${fidelity.accounted}/${fidelity.totalLines} lines accounted ` +
		`in ${Math.round(performance.now() - started)} ms`,
);
