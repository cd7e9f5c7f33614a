import type { Claim } from '../schemas/claim.ts';
import { pickQuotes } from './quotes.ts';
import { consistentClaims, type TopicView } from './topic-view.ts';

/** What the comparison page quotes, chosen in page order so no sentence appears twice on the page. */
export interface ComparePicks {
  /** Per comparative topic, per side (in subject order): the quotes of that cell. */
  cells: Map<string, Claim[][]>;
  /** Per subject: its "best for" use cases. */
  useCases: Map<string, Claim[]>;
}

export const QUOTES_PER_CELL = 1;
export const USE_CASES_PER_SUBJECT = 2;

/**
 * Rows first (the table comes first on the page), then the use cases. A cell with too little evidence
 * gets no quote: thin evidence is not dressed up as a verdict.
 */
export function comparePicks(views: readonly TopicView[], useCases: ReadonlyMap<string, readonly Claim[]>): ComparePicks {
  const shown = new Set<string>();
  const cells = new Map(views.map((v) => [v.topic, v.sides.map((side) => (v.agreement.thin ? [] : pickQuotes(consistentClaims(side), QUOTES_PER_CELL, shown)))]));
  return { cells, useCases: new Map([...useCases].map(([s, cs]) => [s, pickQuotes(cs, USE_CASES_PER_SUBJECT, shown)])) };
}
