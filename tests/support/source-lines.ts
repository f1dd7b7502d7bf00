import { classifyLines, readSourceLines } from '../../scripts/lib/parse/classify-lines.ts';
import type { ClassifiedLine } from '../../scripts/lib/parse/types.ts';

/** Classified lines from a small inline source, numbered from 1 (leading newline of the template dropped). */
export function lines(text: string): ClassifiedLine[] {
	return classifyLines(readSourceLines(text.replace(/^\n/, '')));
}
