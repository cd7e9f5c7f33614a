import type { Claim } from '../schemas/claim.ts';
import { isEvidence, specificity } from '../analysis/evidence.ts';

/**
 * A few representative quotes for a summary: sides taken before neutral remarks, then the clearest and
 * most specific statement first (a comparison naming the rival before a bare adjective), one per source
 * before a second from the same source. Fragments under three words and lead-ins ending in ":" are never
 * picked. `shown` holds the sentences the page already shows: none is picked twice on one page, and the
 * picked ones are added to it.
 */
export function pickQuotes(claims: readonly Claim[], max: number, shown: Set<string> = new Set()): Claim[] {
  const ranked = claims
    .filter((c) => isEvidence(c.quote))
    .map((c) => ({ c, score: specificity(c) }))
    .sort((a, b) => Number(a.c.stance === 'neutral') - Number(b.c.stance === 'neutral') || b.score - a.score || a.c.quote.length - b.c.quote.length)
    .map((x) => x.c);
  const seenSources = new Set<string>();
  const seenQuotes = new Set<string>();
  const first: Claim[] = [];
  const rest: Claim[] = [];
  for (const c of ranked) {
    if (seenQuotes.has(c.quote) || shown.has(c.quote)) continue;
    seenQuotes.add(c.quote);
    if (seenSources.has(c.article)) rest.push(c);
    else {
      seenSources.add(c.article);
      first.push(c);
    }
  }
  const picked = [...first, ...rest].slice(0, max);
  for (const c of picked) shown.add(c.quote);
  return picked;
}
