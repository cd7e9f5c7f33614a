import { z } from 'zod';

/** One editorial decision about an extracted claim, in `content/curation.yaml`. */
export const curationSchema = z.object({
  /** Id of the claim in `content/claims.json` (`<article>-<sentence>-<subject>-<topic>`). */
  id: z.string().min(1),
  /** `drop`: the sentence does not say this; `correct`: it says something else (see `set`). */
  action: z.enum(['drop', 'correct']),
  /** Why, in a sentence a reader of the methodology page understands. */
  reason: z.string().min(1),
  /** For `correct`: the fields to change. */
  set: z
    .object({
      topic: z.string().optional(),
      subject: z.string().optional(),
      stance: z.enum(['favours', 'disfavours', 'neutral']).optional(),
    })
    .optional(),
});
export type Curation = z.infer<typeof curationSchema>;
export const curationFileSchema = z.array(curationSchema);
