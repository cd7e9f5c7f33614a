// The search title of every cited sentence ("<subject> · <topic> (for)"), per article and claim anchor,
// for the sub-results of Pagefind's copy of each article page (claim-anchors.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadComparison } from '../content/load.ts';
import { claimSchema } from '../schemas/claim.ts';
import { claimSearchTitle } from '../site/format.ts';
import { onThread } from './on-thread.ts';

/** Article id → claim anchor → title. */
export type ClaimTitles = Map<string, Map<string, string>>;

// Only what a title needs, checked as the claims schema checks it: a full parse of claims.json (41 MB at
// 5,000 articles) kept a second copy of every claim alive while Pagefind ran, 450 MB of the build's peak.
const anchorSchema = z.array(claimSchema.pick({ article: true, anchor: true, subject: true, topic: true, stance: true }));
type Anchored = z.infer<typeof anchorSchema>[number];

/** Per article id, the search title of each claim anchor on its page. */
export function claimTitles(content: string): ClaimTitles {
  const comparison = loadComparison(content);
  const subjects = new Map(comparison.subjects.map((s) => [s.id, s.name]));
  const topics = new Map(comparison.topics.map((t) => [t.id, t.label]));
  const claims = anchorSchema.parse(JSON.parse(readFileSync(join(content, 'claims.json'), 'utf8')));
  const grouped = new Map<string, Map<string, Anchored[]>>();
  for (const c of claims) {
    const anchors = grouped.get(c.article) ?? new Map<string, Anchored[]>();
    grouped.set(c.article, anchors);
    anchors.set(c.anchor, [...(anchors.get(c.anchor) ?? []), c]);
  }
  const name = (id: string) => subjects.get(id) ?? id;
  const label = (id: string) => topics.get(id) ?? (id === 'facts' ? 'Facts' : id);
  return new Map([...grouped].map(([article, anchors]) => [article, new Map([...anchors].map(([anchor, cs]) => [anchor, claimSearchTitle(cs, name, label)]))]));
}

/**
 * claimTitles on a worker thread, started as the build starts: claims.json is final by then (ingest
 * writes it first), and while Astro starts on one core the other is mostly idle. Worked out after the
 * build instead, parsing claims.json held up the search index by about 0.2 s at 1,000 articles. Rejects
 * if the worker fails; the caller then works the titles out itself, with the error that gives.
 */
export function claimTitlesInBackground(content: string): Promise<ClaimTitles> {
  return onThread(new URL('./claim-titles-worker.ts', import.meta.url), { content }, 'claim titles');
}
