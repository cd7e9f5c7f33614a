import type { Claim } from '../schemas/claim.ts';

/**
 * A few representative quotes for a summary cell: sides taken before neutral remarks, one per source
 * before a second from the same source, shorter before longer. Summary pages stay small this way;
 * the topic page keeps every statement.
 */
export function pickQuotes(claims: readonly Claim[], max: number): Claim[] {
  const ranked = [...claims].sort((a, b) => Number(a.stance === 'neutral') - Number(b.stance === 'neutral') || a.quote.length - b.quote.length);
  const seenSources = new Set<string>();
  const seenQuotes = new Set<string>();
  const first: Claim[] = [];
  const rest: Claim[] = [];
  for (const c of ranked) {
    if (seenQuotes.has(c.quote)) continue;
    seenQuotes.add(c.quote);
    if (seenSources.has(c.article)) rest.push(c);
    else {
      seenSources.add(c.article);
      first.push(c);
    }
  }
  return [...first, ...rest].slice(0, max);
}
