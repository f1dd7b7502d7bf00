import type { Erratum } from '../schemas/errata.ts';

/** A chapter's repairs on the 校勘记 page (chapter null: front matter or the whole book). */
export interface ErrataGroup {
	/** Stable key for the section id: the chapter id, or `book`. */
	key: string;
	chapter: { title: string; url: string } | null;
	items: Erratum[];
}

/**
 * Group errata by the chapter they land in, keeping the order in which chapters first appear
 * (source order) and putting repairs outside any chapter first.
 */
export function groupErrata(
	errata: readonly Erratum[],
	chapterOf: (id: string | null) => { title: string; url: string } | null,
): ErrataGroup[] {
	const groups = new Map<string, ErrataGroup>();
	for (const item of [...errata].sort((a, b) => Math.min(...a.lines) - Math.min(...b.lines))) {
		const chapter = chapterOf(item.chapter);
		const key = chapter && item.chapter ? item.chapter : 'book';
		if (!groups.has(key)) groups.set(key, { key, chapter: key === 'book' ? null : chapter, items: [] });
		groups.get(key)!.items.push(item);
	}
	return [...groups.values()].sort((a, b) => Number(b.key === 'book') - Number(a.key === 'book'));
}
