import type { Claim } from '../schemas/claim.ts';
import { MIN_EVIDENCE_WORDS } from './thresholds.ts';

// Counted once per text: a site's pages rank the same claims again and again (every topic page, the
// comparison, the chooser), and this Unicode-aware count was about a tenth of rendering them. The map
// lives as long as the process; `astro dev` re-reads claims many times, so it is emptied past a size
// no single build reaches (5,000 articles have about 120,000 claims).
const MAX_COUNTED = 400_000;
const counted = new Map<string, number>();
const words = (text: string) => {
  let n = counted.get(text);
  if (n === undefined) {
    if (counted.size >= MAX_COUNTED) counted.clear();
    counted.set(text, (n = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0));
  }
  return n;
};

/**
 * Whether a quote can stand as evidence on its own: at least MIN_EVIDENCE_WORDS words and not a
 * lead-in that only announces what follows ("X is a great choice if:"). A table cell reading
 * "Lightweight" says something, but too little to count as a side taken or to be shown as the best quote.
 */
export function isEvidence(quote: string): boolean {
  const q = quote.trim();
  return words(q) >= MIN_EVIDENCE_WORDS && !/:\s*$/.test(q);
}

/**
 * How specific a statement is, higher first: a comparison that names the rival ("faster than Y")
 * beats a quality of one subject; a full sentence beats a short phrase; what is said of both subjects
 * comes last. Length only breaks ties (up to 20 words), so a rambling sentence does not beat a crisp one.
 */
export function specificity(c: Pick<Claim, 'quote' | 'kind' | 'versus'>): number {
  if (!isEvidence(c.quote)) return 0;
  const n = words(c.quote);
  const sentence = /[.!?]["'”’)]*$/.test(c.quote.trim()) ? 2 : 0;
  // An explicit comparative ("faster than", "outperforms") says more than a contrast ("whereas Y ...").
  const compared =
    c.kind === 'comparison' || c.versus ? 10 : /\b(than|outperforms?|outperformed|compared (?:to|with))\b/i.test(c.quote) ? 6 : /\b(whereas|unlike|versus|vs\.?)\b/i.test(c.quote) ? 4 : 0;
  // "Both are fast and scalable" is true of every subject, so it tells them apart least.
  const shared = /\b(both|either)\b/i.test(c.quote) ? -4 : 0;
  return compared + sentence + shared + Math.min(n, 20) / 10;
}
