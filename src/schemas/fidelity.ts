import { z } from 'zod';

/**
 * content/fidelity.json: where every source line went. `lines[i]` describes line i + 1;
 * a line is either in an output block or dropped with a named reason, never both, never neither.
 */
export const FidelitySchema = z.object({
	totalLines: z.number().int(),
	accounted: z.number().int(),
	unaccounted: z.array(z.number().int()),
	/** Count of lines per disposition, e.g. { paragraph: 7000, 'dropped:blank': 8081, … }. */
	byDisposition: z.record(z.string(), z.number().int()),
	/** Count of paragraphs rejoined across page/column breaks. */
	joins: z.number().int(),
	/** Non-blank source characters versus the same characters found in the output. */
	characters: z.object({ source: z.number().int(), output: z.number().int(), dropped: z.number().int() }),
	/** Per line: `[disposition, target]`, e.g. ['paragraph', 'regions-05'] or ['dropped:blank', null]. */
	lines: z.array(z.tuple([z.string(), z.string().nullable()])),
});
export type Fidelity = z.output<typeof FidelitySchema>;
