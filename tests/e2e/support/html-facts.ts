/**
 * What the site-wide checks need to know about one built HTML page, read with a real HTML parser
 * (parse5, the WHATWG algorithm browsers use) rather than regular expressions.
 */
import { parse } from 'parse5';

/** A URL-bearing attribute found in the page. */
export interface Reference {
	tag: string;
	attribute: string;
	value: string;
	/** Whether the browser fetches it while loading the page (scripts, styles, images…), not a link. */
	fetched: boolean;
	/** `rel` of a <link>, lower-cased. */
	rel?: string;
}

/** A <script> inside <head>. */
export interface HeadScript {
	src: string | null;
	async: boolean;
	defer: boolean;
	type: string;
	/** Length of the inline code (0 for external scripts). */
	inlineLength: number;
}

export interface HtmlFacts {
	/** The <html lang> value, or null. */
	lang: string | null;
	/** Every id (and <a name>) in the document, templates included. */
	ids: Set<string>;
	/** Ids that occur more than once. */
	duplicateIds: string[];
	references: Reference[];
	headScripts: HeadScript[];
}

interface Node {
	nodeName: string;
	tagName?: string;
	attrs?: Array<{ name: string; value: string }>;
	childNodes?: Node[];
	content?: Node;
	value?: string;
}

/** Link relations that make the browser fetch the target while loading the page. */
const FETCHED_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'icon', 'shortcut', 'apple-touch-icon', 'manifest', 'prefetch']);
/** Attributes that hold a URL, by element ('*' = any element). */
const URL_ATTRIBUTES: Array<[tag: string, attribute: string, fetched: boolean]> = [
	['a', 'href', false],
	['area', 'href', false],
	['link', 'href', false],
	['use', 'href', true],
	['use', 'xlink:href', true],
	['script', 'src', true],
	['img', 'src', true],
	['source', 'src', true],
	['video', 'src', true],
	['video', 'poster', true],
	['audio', 'src', true],
	['track', 'src', true],
	['iframe', 'src', true],
	['embed', 'src', true],
	['object', 'data', true],
	['image', 'href', true],
	['form', 'action', false],
];

/**
 * Parses a page and collects its lang, ids, URL references and head scripts.
 * @param html the page source
 */
export function readHtmlFacts(html: string): HtmlFacts {
	const document = parse(html) as unknown as Node;
	const facts: HtmlFacts = { lang: null, ids: new Set(), duplicateIds: [], references: [], headScripts: [] };
	const seen = new Set<string>();
	const visit = (node: Node, inHead: boolean): void => {
		const tag = node.tagName;
		if (tag) {
			const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
			if (tag === 'html') facts.lang = attrs.get('lang') ?? null;
			const id = attrs.get('id') ?? (tag === 'a' ? attrs.get('name') : undefined);
			if (id !== undefined) {
				if (seen.has(id) && !facts.duplicateIds.includes(id)) facts.duplicateIds.push(id);
				seen.add(id);
				facts.ids.add(id);
			}
			collectReferences(tag, attrs, facts.references);
			if (tag === 'script' && inHead) facts.headScripts.push(headScript(node, attrs));
		}
		const childInHead = inHead || tag === 'head';
		for (const child of node.childNodes ?? []) visit(child, childInHead);
		if (node.content) visit(node.content, childInHead);
	};
	visit(document, false);
	return facts;
}

function collectReferences(tag: string, attrs: Map<string, string>, out: Reference[]): void {
	for (const [wantedTag, attribute, fetched] of URL_ATTRIBUTES) {
		const value = wantedTag === tag ? attrs.get(attribute) : undefined;
		if (value === undefined) continue;
		if (tag === 'link') {
			const rel = (attrs.get('rel') ?? '').toLowerCase();
			const isFetched = rel.split(/\s+/).some((r) => FETCHED_RELS.has(r));
			out.push({ tag, attribute, value, fetched: isFetched, rel });
		} else out.push({ tag, attribute, value, fetched });
	}
	const srcset = attrs.get('srcset');
	if (srcset && (tag === 'img' || tag === 'source')) {
		for (const candidate of srcset.split(',')) {
			const url = candidate.trim().split(/\s+/)[0];
			if (url) out.push({ tag, attribute: 'srcset', value: url, fetched: true });
		}
	}
}

function headScript(node: Node, attrs: Map<string, string>): HeadScript {
	const code = (node.childNodes ?? []).map((child) => child.value ?? '').join('');
	return {
		src: attrs.get('src') ?? null,
		async: attrs.has('async'),
		defer: attrs.has('defer'),
		type: (attrs.get('type') ?? '').toLowerCase(),
		inlineLength: code.trim().length,
	};
}

/** Inline code small enough to run before first paint without delaying it (a theme switch, say). */
export const INLINE_HEAD_SCRIPT_LIMIT = 1500;

/**
 * Why a head script blocks rendering, or null when it does not. External classic scripts without
 * async/defer stop the parser while they download; modules are deferred by default; JSON data
 * blocks never run. Tiny inline scripts are allowed: they cost no request, and a theme set before
 * the first paint avoids a flash of the wrong colours.
 * @param script a script from `readHtmlFacts().headScripts`
 */
export function blockingReason(script: HeadScript): string | null {
	const runs = script.type === '' || script.type === 'text/javascript' || script.type === 'module' || script.type === 'application/javascript';
	if (!runs) return null;
	if (script.src !== null) {
		return script.type === 'module' || script.async || script.defer ? null : `external script ${script.src} without async/defer`;
	}
	if (script.type === 'module') return null;
	return script.inlineLength > INLINE_HEAD_SCRIPT_LIMIT
		? `inline script of ${script.inlineLength} characters (limit ${INLINE_HEAD_SCRIPT_LIMIT})`
		: null;
}
