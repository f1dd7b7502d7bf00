import { foldText } from './literal.ts';
import { expandTerm } from './aliases.ts';

/** A reader's query, normalised. */
export interface ParsedQuery {
	/** The query as typed, trimmed (for the URL and the "no match" message). */
	raw: string;
	/** The whole query was quoted: match it as one exact phrase. */
	phrase: boolean;
	/** Terms to match, each with its accepted spellings (the term first, then aliases). */
	terms: string[][];
}

// ASCII, full-width and Chinese quotation marks a reader may type around a phrase.
const QUOTED = /^\s*["“”「『'‘](.+?)["“”」』'’]\s*$/su;
// Punctuation that carries no meaning at the edges of a term (Pagefind drops it as well).
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * Normalise a query: NFKC (full-width letters and digits to ASCII), lower case, quotes detected,
 * terms split on spaces (广东 电子商务 asks for both), and every unquoted term expanded through the
 * alias table.
 */
export function parseQuery(input: string): ParsedQuery {
	const raw = input.trim();
	const folded = foldText(raw);
	const quoted = QUOTED.exec(folded);
	const body = (quoted?.[1] ?? folded).trim();
	const words = quoted ? [body] : body.split(/\s+/u);
	const terms = words
		.map((word) => (word.endsWith('+') ? word : word.replace(EDGE_PUNCTUATION, '')))
		.filter((word) => word.length > 0)
		.map((word) => (quoted ? [word] : expandTerm(word)));
	return { raw, phrase: quoted !== null, terms };
}

/** Every combination of one spelling per term (capped), to send to Pagefind as separate searches. */
export function spellingCombinations(terms: readonly (readonly string[])[], cap = 6): string[][] {
	let combos: string[][] = [[]];
	for (const spellings of terms) {
		combos = combos.flatMap((combo) => spellings.map((s) => [...combo, s])).slice(0, cap);
	}
	return terms.length === 0 ? [] : combos;
}
