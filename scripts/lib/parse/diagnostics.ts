/** Every problem the parser can report. Listed with one sentence each in scripts/lib/parse/README.md. */
export type DiagnosticCode =
	| 'SOURCE_TRUNCATED'
	| 'TOC_ENTRY_UNPARSED'
	| 'TOC_ENTRY_NOT_IN_BODY'
	| 'PART_HEADING_MISSING'
	| 'TABLE_ROW_WIDTH'
	| 'TABLE_HEADER_MISMATCH'
	| 'TABLE_WITHOUT_TITLE'
	| 'TABLE_CONTINUATION_ORPHAN'
	| 'EVENT_DATE_INVALID'
	| 'EVENT_TEXT_ORPHAN'
	| 'DIRECTORY_RECORD_INCOMPLETE'
	| 'ERRATUM_NOT_FOUND'
	| 'ERRATA_NOT_APPLIED'
	| 'LINE_UNACCOUNTED'
	| 'CHARACTERS_LOST';

export type Severity = 'error' | 'warning';

/** A problem found in the source, as data: passes collect these and never throw. */
export interface Diagnostic {
	code: DiagnosticCode;
	severity: Severity;
	/** 1-based source line the problem is about. */
	line: number;
	/** What was found and what was expected. */
	message: string;
	/** What to check or change. */
	hint?: string | undefined;
}

export function diagnostic(
	code: DiagnosticCode,
	line: number,
	message: string,
	hint?: string,
	severity: Severity = 'error',
): Diagnostic {
	return { code, severity, line, message, hint };
}
