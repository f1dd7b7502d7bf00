import { FIELD_LINE } from './line-roles.ts';
import type { ClassifiedLine } from './types.ts';

/** The 【颁布单位】/【发文字号】/【颁布时间】 lines that open a policy document, read into front matter. */
export interface DocumentFields {
	issuer?: string | undefined;
	docNumber?: string | undefined;
	issued?: string | undefined;
	/** Lines the fields came from. */
	lines: number[];
}

const KEYS = { 颁布单位: 'issuer', 发文字号: 'docNumber', 颁布时间: 'issued' } as const;

/** Read the field lines directly under a policy document's title; stops at the first other line. */
export function readDocumentFields(lines: ClassifiedLine[]): DocumentFields {
	const fields: DocumentFields = { lines: [] };
	for (const line of lines) {
		if (line.kind === 'blank') continue;
		const match = line.text.match(FIELD_LINE);
		const key = match ? KEYS[match[1] as keyof typeof KEYS] : undefined;
		if (!match || !key) break;
		fields[key] = (match[2] ?? '').trim();
		fields.lines.push(line.number);
	}
	return fields;
}
