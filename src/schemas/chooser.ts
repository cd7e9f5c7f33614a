import { z } from 'zod';

/** One way an answer counts: a topic whose consensus decides, or use cases whose wording matches. */
export const weightSchema = z.union([
  z.object({
    /** Topic id from `content/topics.yaml`: the subjects the sources favour there gain points. */
    topic: z.string(),
    /** How much this answer cares about the topic (1 = somewhat, 3 = decisive). */
    weight: z.number().positive(),
  }),
  z.object({
    /**
     * Phrases that, found whole in a source's use-case claim for a subject, make that subject fit this
     * answer. All phrases of the file are matched at once and the longest wins, so a phrase inside a
     * longer listed one ("websites" in "static websites") does not count.
     */
    useCase: z.array(z.string().min(2)).min(1),
    weight: z.number().positive(),
  }),
]);

export const answerSchema = z.object({
  /** Stable id, used in the shareable URL (`?size=small`). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The answer as the reader picks it. */
  label: z.string().min(1),
  /** Short phrase for "if you …" sentences ("needed an admin interface"). */
  condition: z.string().min(1),
  /** What this answer asks of the subjects; empty means it changes nothing. */
  weights: z.array(weightSchema).default([]),
});

/** One question of the chooser, in `content/chooser.yaml`. */
export const questionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The question, shown as the fieldset legend. */
  question: z.string().min(1),
  /** Optional hint under the question. */
  help: z.string().default(''),
  answers: z.array(answerSchema).min(2),
});
export type Question = z.infer<typeof questionSchema>;
export type Answer = z.infer<typeof answerSchema>;
export const chooserFileSchema = z.array(questionSchema).min(1);
