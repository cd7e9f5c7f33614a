import { z } from 'zod';

/** One entry of `content/topics.yaml`: a theme that comparison articles argue about. */
export const topicSchema = z.object({
  /** Stable kebab-case id, used in URLs (`/topics/<id>/`) and in claim records. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Short human label shown in tables and headings. */
  label: z.string().min(1),
  /** One sentence that explains the topic to a reader. */
  description: z.string().min(1),
  /** Words or phrases whose presence in a heading or sentence ties it to this topic (case-insensitive, whole words). */
  cues: z.array(z.string().min(1)).min(1),
  /** Other names readers search for (search synonyms); not used for classification. */
  aliases: z.array(z.string()).default([]),
  /** Phrases that, said of a subject, speak in its favour on this topic ("faster", "easier to learn"). */
  favours: z.array(z.string()).default([]),
  /** Phrases that, said of a subject, speak against it on this topic ("slower", "steeper learning curve"). */
  disfavours: z.array(z.string()).default([]),
  /** Topics a reader of this one may want next. */
  related: z.array(z.string()).default([]),
});
export type Topic = z.infer<typeof topicSchema>;

export const topicsFileSchema = z.array(topicSchema);
