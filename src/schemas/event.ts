import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One dated event of 信息化大事记. */
export const EventSchema = z.object({
	/** `ev-001` … in source order; also the permalink anchor. */
	id: z.string().regex(/^ev-\d{3}$/),
	date: IsoDate,
	/** Last day of a range such as 6月1—2日. */
	dateEnd: IsoDate.optional(),
	/** The date as printed, e.g. '2016年6月1—2日'. */
	datePrinted: z.string(),
	/** The date with the punctuation after it exactly as printed, e.g. '2016年1月12日, '. */
	lead: z.string(),
	/** The event text after the date, continuation lines joined. */
	text: z.string(),
	/** Line of the date. */
	sourceLine: z.number().int().positive(),
	sourceLines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});
export type YearbookEvent = z.output<typeof EventSchema>;
export const EventsSchema = z.array(EventSchema);
