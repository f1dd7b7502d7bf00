/**
 * `npm run build` parses on every build, but a rebuild of an unchanged book need not: the stamp
 * written after a parse records what it read and what it wrote, and a later parse with
 * `--if-changed` is skipped while both still match (a hand edit to content/ counts as a change).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hashFiles } from '../../../src/utils/hash-files.ts';
import { GENERATED } from './write-content.ts';

const STAMP_FILE = '.parse-stamp.json';
/** Everything besides the source text that decides the parse's output, relative to the project root. */
const PARSER_FILES = ['scripts/build-content.ts', 'scripts/lib', 'src/schemas', 'package-lock.json'];

interface Stamp {
	inputs: string;
	outputs: string;
}

function currentStamp(projectRoot: string, sourcePath: string, contentDir: string): Stamp {
	return {
		inputs: hashFiles(projectRoot, [relative(projectRoot, sourcePath), ...PARSER_FILES]),
		outputs: hashFiles(contentDir, GENERATED),
	};
}

/** Whether `contentDir` holds exactly what parsing `sourcePath` with the current parser wrote. */
export function parseIsUpToDate(projectRoot: string, sourcePath: string, contentDir: string): boolean {
	const path = join(contentDir, STAMP_FILE);
	if (!existsSync(path)) return false;
	const recorded = JSON.parse(readFileSync(path, 'utf8')) as Stamp;
	const current = currentStamp(projectRoot, sourcePath, contentDir);
	return recorded.inputs === current.inputs && recorded.outputs === current.outputs;
}

/** Record the parse just written to `contentDir`. */
export function stampParse(projectRoot: string, sourcePath: string, contentDir: string): void {
	writeFileSync(join(contentDir, STAMP_FILE), `${JSON.stringify(currentStamp(projectRoot, sourcePath, contentDir))}\n`);
}
