import { z } from 'zod';

/**
 * One row of the history excerpt a bundle may carry (the history store is built elsewhere, so
 * the shape is loose: a time, the verdict's segment, a few figures, anything else passes through).
 */
export const historyRowSchema = z.looseObject({
  at: z.string(),
  segment: z.string().optional(),
  figures: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])).optional(),
});
export type HistoryRow = z.infer<typeof historyRowSchema>;
export const historySchema = z.array(historyRowSchema);
