import { z } from 'zod';

/** A checkable fact a sentence states: which row of the key-facts table (`first-release`, `creator`, `licence`, `language`, `github-stars`, `notable-users`, ...) and the value as written. */
export const keyFactSchema = z.object({
  key: z.string(),
  value: z.string().min(1),
});
export type KeyFact = z.infer<typeof keyFactSchema>;

/** One statement a source makes about one subject on one topic, with the sentence it comes from. */
export const claimSchema = z.object({
  /** Stable id: `<article>-<sentence>-<subject>-<topic>`. */
  id: z.string(),
  /** Article id (file name of the MDX without extension). */
  article: z.string(),
  /** Subject id the statement is about. */
  subject: z.string(),
  /** Topic id, or `use-cases` / `facts` for the non-comparative kinds. */
  topic: z.string(),
  /** Whether the sentence speaks for or against the subject on the topic. */
  stance: z.enum(['favours', 'disfavours', 'neutral']),
  /** `comparison`: against the other subject; `attribute`: a quality; `use-case`: what it suits; `fact`: dates, people, numbers. */
  kind: z.enum(['comparison', 'attribute', 'use-case', 'fact']),
  /** The other subject in a comparison. */
  versus: z.string().optional(),
  /** The sentence, verbatim as it appears in the article. */
  quote: z.string().min(1),
  /** Anchor id of the sentence on the article page. */
  anchor: z.string(),
  /** Heading of the section the sentence sits in. */
  section: z.string().default(''),
  /** The cue that decided the stance, for the methodology page. */
  cue: z.string().default(''),
  /** For `fact` claims: the key facts the sentence states (see src/ingest/claims/fact-patterns.yaml). */
  facts: z.array(keyFactSchema).optional(),
  /** Set when `content/curation.yaml` corrected this claim: the editor's reason. */
  curated: z.string().optional(),
});
export type Claim = z.infer<typeof claimSchema>;
export const claimsFileSchema = z.array(claimSchema);
