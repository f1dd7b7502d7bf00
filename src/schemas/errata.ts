import { z } from 'zod';

/** One repair of extraction damage, shown to readers in 校勘记. */
export const ErratumSchema = z.object({
	id: z.string(),
	/** repaired: the reader sees `after`; kept: a known source problem left as printed (before = after). */
	kind: z.enum(['repaired', 'kept']),
	/** Source lines the repair touches. */
	lines: z.array(z.number().int().positive()).min(1),
	/** Chapter the repair lands in. */
	chapter: z.string().nullable(),
	/** What the source printed and what the reader sees instead. */
	before: z.string(),
	after: z.string(),
	/** Why: which kind of damage this is. */
	reason: z.string(),
});
export type Erratum = z.output<typeof ErratumSchema>;
export const ErrataSchema = z.array(ErratumSchema);
