/** One line of the source text, numbered from 1 as `sed -n Np` prints it. */
export interface SourceLine {
	number: number;
	/** The line exactly as in the file, without its newline. */
	raw: string;
}

/** Coarse line kinds decided from the line alone (pass 1). Finer roles are decided with context later. */
export type LineKind =
	/** Empty, or only spaces (the source's image placeholders are a single space). */
	| 'blank'
	/** Contains a TAB: one row of a table block. */
	| 'table-row'
	/** Exactly `续表`: the table above continues in the next block. */
	| 'continued-table'
	/** Anything else. */
	| 'text';

export interface ClassifiedLine extends SourceLine {
	kind: LineKind;
	/** `raw` trimmed; '' for blank lines. */
	text: string;
	/** Table rows only: the TAB-separated cells, each trimmed. */
	cells?: string[] | undefined;
}
