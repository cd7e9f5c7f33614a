// English wording for the site, in one place: the numbers come from src/analysis/, the words from here.
import type { Agreement } from '../analysis/agreement.ts';

const pluralRules = new Intl.PluralRules('en');
const lists = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** The word for a count: `one` when English says "1 source", `many` otherwise. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return pluralRules.select(n) === 'one' ? one : many;
}

/** "A, B and C": lists read as prose in consensus sentences (no serial comma, as the site writes them). */
export function listPhrase(items: readonly string[]): string {
  return lists.format(items).replace(/, and (?=[^,]*$)/, ' and ');
}

/** "3 of 4 sources": the favoured subject's support among the sources that speak to the topic. */
export function agreementPhrase(a: Agreement): string {
  if (a.speaking === 0) return 'No source takes a side';
  if (!a.favoured) return `Split across ${a.speaking} ${plural(a.speaking, 'source')}`;
  return `${a.agreeing} of ${a.speaking} ${plural(a.speaking, 'source')}`;
}

const STANCE_WORD = { favours: 'for', disfavours: 'against', neutral: 'about' } as const;

/**
 * The title search shows for a cited sentence: "<subject> · <topic> (for)", one part per claim the
 * sentence carries. Pagefind lists it as a sub-result of the article, linked to the sentence.
 */
export function claimSearchTitle(
  claims: readonly { subject: string; topic: string; stance: keyof typeof STANCE_WORD }[],
  subjectName: (id: string) => string,
  topicLabel: (id: string) => string,
): string {
  const parts = claims.map((c) => `${subjectName(c.subject)} · ${topicLabel(c.topic)} (${STANCE_WORD[c.stance]})`);
  return [...new Set(parts)].join('; ');
}
