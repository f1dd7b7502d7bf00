/**
 * Whole-book parse timing, run in its own process so its peak memory is the parser's alone.
 * Prints one JSON object (ParseFigures) on stdout; `npm run bench` runs it and reads it back.
 *
 *   node scripts/bench/parse.ts [runs=5]
 *
 * The lead's entry points are imported dynamically: a missing one is reported, not a crash.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize, type Summary } from './stats.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PARSER = join(ROOT, 'scripts', 'lib', 'parse', 'index.ts');
const EMITTER = join(ROOT, 'scripts', 'lib', 'emit', 'write-content.ts');
const SOURCE = join(ROOT, 'content', 'source', 'zgxxh-2017.txt');

export interface ParseFigures {
	skipped?: string;
	sourceLines?: number;
	/** First run, JIT still cold. */
	coldMs?: number;
	/** parseYearbook(text) alone. */
	parse?: Summary;
	/** parse + schema validation + writing every file of content/ (to a scratch folder). */
	parseAndWrite?: Summary;
	/** Peak resident memory of this process (MB): Node itself, the text and every parse result. */
	peakRssMb?: number;
	/** Heap in use after the last run (MB). */
	heapUsedMb?: number;
}

interface ParserModule {
	parseYearbook(text: string): unknown;
}
interface EmitModule {
	validateOutput(result: unknown): void;
	writeContent(dir: string, result: unknown): void;
}

/**
 * Times the whole-book parse `runs` times after one cold run, then parse + write.
 * @param runs measured runs of each kind
 */
export async function benchParse(runs: number): Promise<ParseFigures> {
	if (!existsSync(PARSER)) return { skipped: 'scripts/lib/parse/index.ts is missing' };
	const parser = (await import(PARSER)) as Partial<ParserModule>;
	if (typeof parser.parseYearbook !== 'function') return { skipped: 'parseYearbook() is not exported' };
	const text = readFileSync(SOURCE, 'utf8');

	let started = performance.now();
	parser.parseYearbook(text);
	const coldMs = performance.now() - started;

	const parseMs: number[] = [];
	for (let run = 0; run < runs; run++) {
		started = performance.now();
		parser.parseYearbook(text);
		parseMs.push(performance.now() - started);
	}

	const figures: ParseFigures = { sourceLines: text.split('\n').length, coldMs, parse: summarize(parseMs) };
	if (existsSync(EMITTER)) {
		const emit = (await import(EMITTER)) as EmitModule;
		const scratch = mkdtempSync(join(tmpdir(), 'bench-content-'));
		try {
			const writeMs: number[] = [];
			for (let run = 0; run < runs; run++) {
				started = performance.now();
				const result = parser.parseYearbook(text);
				emit.validateOutput(result);
				emit.writeContent(join(scratch, `run-${run}`), result);
				writeMs.push(performance.now() - started);
			}
			figures.parseAndWrite = summarize(writeMs);
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	}
	figures.peakRssMb = process.resourceUsage().maxRSS / 1024;
	figures.heapUsedMb = process.memoryUsage().heapUsed / 1024 / 1024;
	return figures;
}

if (import.meta.main) {
	const runs = Number(process.argv[2] ?? 5);
	console.log(JSON.stringify(await benchParse(runs)));
}
