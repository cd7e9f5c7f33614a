// Which sections of a result to show under it: a cited sentence is a section of its article
// (claim-anchors.ts), so a long article can have dozens. The page's start (its URL has no anchor) and
// the text after a claim that continues it (claim-anchors.ts titles it with the page's own title) are
// the result itself and are left out; of the rest, the few with the most matched words, in page order.
import type { SubResult } from './engine.ts';

export function pickSubResults(pageTitle: string, subs: readonly SubResult[], limit = 3): SubResult[] {
  const sections = subs.filter((s) => s.url.includes('#') && s.title !== pageTitle);
  if (sections.length <= limit) return sections;
  const ranked = sections.map((s, i) => ({ i, hits: s.locations?.length ?? 0 })).sort((a, b) => b.hits - a.hits || a.i - b.i);
  const keep = new Set(ranked.slice(0, limit).map((r) => r.i));
  return sections.filter((_, i) => keep.has(i));
}
