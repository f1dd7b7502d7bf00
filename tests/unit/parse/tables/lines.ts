import { classifyLines, readSourceLines } from '../../../../scripts/lib/parse/classify-lines.ts';
import type { TableChapterContext } from '../../../../scripts/lib/parse/tables/index.ts';
import type { ClassifiedLine } from '../../../../scripts/lib/parse/types.ts';

/** Classified lines of a small source text; `⇥` may stand for a TAB to keep inputs readable. */
export function linesOf(text: string): ClassifiedLine[] {
	return classifyLines(readSourceLines(text.replaceAll('⇥', '\t')));
}

/** A chapter context whose title is the first line, with table ids t001, t002 … */
export function chapterContext(titleLines: number[] = [1], page: number | null = 7): TableChapterContext {
	let next = 0;
	return {
		chapterId: 'statistics-01',
		chapterTitle: 'test chapter',
		partId: 'statistics',
		page,
		titleLines,
		nextTableId: () => `t${String(++next).padStart(3, '0')}`,
	};
}
