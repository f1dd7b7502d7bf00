/** The content contract: what `npm run parse` writes and the site reads, checked by the same schemas. */
export * from './book.ts';
export * from './chapter.ts';
export * from './table.ts';
export * from './event.ts';
export * from './fidelity.ts';
export * from './errata.ts';
