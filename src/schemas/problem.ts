import { z } from 'zod';

/** A problem found while ingesting one source, located like a compiler message. */
export const problemSchema = z.object({
  /** 1-based line in the raw source file. */
  line: z.number().int().min(1),
  /** 1-based column in the raw source file. */
  column: z.number().int().min(1),
  /** What happened, why, and what the author can do. */
  reason: z.string(),
  /** Which step reported it (`decode`, `frontmatter`, ...). */
  rule: z.string(),
  /** `warning`: imported anyway; `error`: the file was skipped. */
  severity: z.enum(['warning', 'error']).default('warning'),
});
export type Problem = z.infer<typeof problemSchema>;
