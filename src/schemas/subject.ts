import { z } from 'zod';

/** One entry of `content/subjects.yaml`: a thing being compared. */
export const subjectSchema = z.object({
  /** Stable kebab-case id, used in URLs, filters and claim records. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Display name, also matched in text as a whole word. */
  name: z.string().min(1),
  /** Other spellings that mean this subject in an article (a plural such as "Names"; possessives are handled by the matcher). */
  aliases: z.array(z.string()).default([]),
  /** One-line description for the site. */
  description: z.string().default(''),
  /** Official home page, linked from the site. */
  url: z.url().optional(),
});
export type Subject = z.infer<typeof subjectSchema>;

export const subjectsFileSchema = z.array(subjectSchema).min(2);
