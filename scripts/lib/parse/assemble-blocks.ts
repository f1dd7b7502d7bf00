import type { Block } from './blocks.ts';
import {
	BOX_TITLE,
	endsComplete,
	FUSED_HEADING,
	headingStyle,
	isBulletLine,
	isFigureCaption,
	isNoteLine,
	isSourceLine,
	LAW_ARTICLE,
} from './line-roles.ts';
import type { ClassifiedLine } from './types.ts';

export interface ChapterShape {
	/** The chapter is a law (its paragraphs are 第X条 articles), so （一） lines are items, not headings. */
	inLaw: boolean;
	/** The first line under the title is the author line (专题研究篇). */
	hasByline: boolean;
	/** Policy documents may carry a signature (issuer + date). */
	mayHaveSignature: boolean;
}

export interface AssembledChapter {
	blocks: Block[];
	/** Paragraphs rejoined across a page or column break. */
	joins: number;
}

/** A line that is read on its own before joining; `text` may still be extended by joins. */
type Piece = Block;

const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const CONTENTS_TITLE = /^目\s*录$/;

/** Pass 2a: decide what each remaining line of a chapter is, one piece per line (joins come later). */
function readPieces(lines: ClassifiedLine[], tableAt: Map<number, string>, shape: ChapterShape): Piece[] {
	const pieces: Piece[] = [];
	const texts = lines.filter((l) => l.kind === 'text' || tableAt.has(l.number));
	let contents: { first: string; block: Extract<Block, { type: 'contents-list' }> } | undefined;
	texts.forEach((line, k) => {
		const tableId = tableAt.get(line.number);
		if (tableId) return void pieces.push({ type: 'table', tableId, lines: [line.number] });
		const text = line.text;
		const at = [line.number];
		if (shape.hasByline && k === 0) return void pieces.push({ type: 'paragraph', text, lines: at, role: 'byline' });
		// A law's own 目 录: its 章/节 lines are a list until the first entry is printed again as a heading.
		if (CONTENTS_TITLE.test(text) && shape.inLaw) {
			contents = { first: '', block: { type: 'contents-list', title: text, items: [], lines: at } };
			return void pieces.push(contents.block);
		}
		if (contents) {
			const style = headingStyle(text, shape);
			if ((style === 'chapter' || style === 'division') && text.replace(/\s/g, '') !== contents.first) {
				if (!contents.first) contents.first = text.replace(/\s/g, '');
				contents.block.items.push(text);
				contents.block.lines.push(line.number);
				return;
			}
			contents = undefined;
		}
		const fused = text.match(FUSED_HEADING);
		if (fused) {
			pieces.push({ type: 'heading', style: 'section', text: fused[1] ?? '', lines: at });
			const inner = fused[2] ?? '';
			return void pieces.push({ type: 'heading', style: headingStyle(inner, shape) ?? 'bracketed', text: inner, lines: at });
		}
		if (shape.mayHaveSignature && DATE_LINE.test(texts[k + 1]?.text ?? '') && text.length <= 12 && !/[，。；：,.]/.test(text)) {
			return void pieces.push({ type: 'signature', texts: [text], lines: at });
		}
		const last = pieces.at(-1);
		if (DATE_LINE.test(text) && last?.type === 'signature') {
			last.texts.push(text);
			return void last.lines.push(line.number);
		}
		const style = headingStyle(text, shape);
		if (style) return void pieces.push({ type: 'heading', style, text, lines: at });
		if (BOX_TITLE.test(text)) return void pieces.push({ type: 'box', title: text, lines: at, blocks: [] });
		if (isFigureCaption(text)) return void pieces.push({ type: 'figure', caption: text, lines: at });
		if (isSourceLine(text)) {
			if (last?.type === 'figure' && last.source === undefined) {
				last.source = text;
				return void last.lines.push(line.number);
			}
			return void pieces.push({ type: 'paragraph', text, lines: at, role: 'source' });
		}
		if (isNoteLine(text)) return void pieces.push({ type: 'paragraph', text, lines: at, role: 'note' });
		if (isBulletLine(text)) return void pieces.push({ type: 'list-item', text: text.slice(2), lines: at });
		if (LAW_ARTICLE.test(text)) return void pieces.push({ type: 'paragraph', text, lines: at, role: 'law-article' });
		pieces.push({ type: 'paragraph', text, lines: at });
	});
	return pieces;
}

/** Text a following line may continue: ordinary paragraphs, law articles and list items. */
function isRunningText(piece: Piece | undefined): piece is Extract<Block, { type: 'paragraph' | 'list-item' }> {
	return (piece?.type === 'paragraph' && (piece.role === undefined || piece.role === 'law-article')) || piece?.type === 'list-item';
}

/** A line that can only start something new, never continue the line before it. */
function startsNew(piece: Extract<Block, { type: 'paragraph' | 'list-item' }>): boolean {
	return piece.type === 'list-item' || piece.role === 'law-article';
}

/**
 * The first half of a paragraph cut by a page or column break: it does not end like a paragraph.
 * After a closing quote or bracket only a long line is taken as cut, since short ones are usually titles.
 * The shortest first half of the book's 842 cut paragraphs has 10 characters.
 */
function looksCut(text: string): boolean {
	if (endsComplete(text)) return false;
	// A line of a few characters is a label or a name (本篇作者简介, 智斌海); no cut half is that short.
	if (text.length <= 6) return false;
	if (/[”）)》]$/.test(text)) return text.length > 40;
	return true;
}

/** Join two halves: nothing between Hanzi, a space only between two ASCII letters or digits. */
export function joinHalves(first: string, second: string): string {
	return /[A-Za-z0-9]$/.test(first) && /^[A-Za-z0-9]/.test(second) ? `${first} ${second}` : first + second;
}

/** Pass 2b: rejoin what page and column breaks cut apart. */
function rejoin(pieces: Piece[]): { blocks: Piece[]; joins: number } {
	const out: Piece[] = [];
	let joins = 0;
	for (const piece of pieces) {
		const last = out.at(-1);
		if (isRunningText(last) && isRunningText(piece) && !startsNew(piece) && looksCut(last.text)) {
			last.text = joinHalves(last.text, piece.text);
			last.lines.push(...piece.lines);
			joins++;
			continue;
		}
		// A heading cut by a break leaves a short tail: 2. 落实“互联网+”行动，推进制造业与互 / 联网融合
		if (last?.type === 'heading' && last.lines.length === 1 && piece.type === 'paragraph' && !piece.role && piece.text.length <= 6 && !endsComplete(piece.text) && !endsComplete(last.text)) {
			last.text = joinHalves(last.text, piece.text);
			last.lines.push(...piece.lines);
			joins++;
			continue;
		}
		out.push(piece);
	}
	return { blocks: out, joins };
}

/** Pass 2c: a 专栏 box holds what follows it up to the next heading or box. */
function nestBoxes(pieces: Piece[]): Block[] {
	const out: Block[] = [];
	let box: Extract<Block, { type: 'box' }> | undefined;
	for (const piece of pieces) {
		if (piece.type === 'box') {
			box = piece;
			out.push(piece);
		} else if (piece.type === 'heading' || piece.type === 'signature') {
			box = undefined;
			out.push(piece);
		} else if (box) box.blocks.push(piece);
		else out.push(piece);
	}
	return out;
}

/**
 * Assemble the body of one chapter (title lines and lines used by tables already removed by the caller,
 * tables standing at `tableAt`). Pure: the lines are not changed.
 */
export function assembleBlocks(lines: ClassifiedLine[], tableAt: Map<number, string>, shape: ChapterShape): AssembledChapter {
	const { blocks, joins } = rejoin(readPieces(lines, tableAt, shape));
	return { blocks: nestBoxes(blocks), joins };
}
