import type { Claim } from '../schemas/claim.ts';

export interface CoverageInput {
  id: string;
  sections: readonly { topics: readonly string[] }[];
}

export interface CoverageCell {
  topic: string;
  /** Sections of the source that ingest tied to the topic. */
  sections: number;
  /** Claims the source makes on the topic. */
  claims: number;
  /** 0 (silent) to 4 (argues it at length): drives the heat-map shade. */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface CoverageRow {
  article: string;
  cells: CoverageCell[];
  /** Topics the source speaks to at all. */
  covered: number;
}

/**
 * Shade grows with claims, because a claim is a statement taken from the source; a section that only
 * mentions the topic still shows as the lightest shade so silence and passing mention look different.
 */
export function heatLevel(sections: number, claims: number): CoverageCell['level'] {
  if (claims >= 5) return 4;
  if (claims >= 3) return 3;
  if (claims >= 1) return 2;
  return sections > 0 ? 1 : 0;
}

/** Sources by topics: what each source speaks to, from its sections' topics and its claims. */
export function coverageMatrix(articles: readonly CoverageInput[], topics: readonly string[], claims: readonly Claim[]): CoverageRow[] {
  // Counted in one pass: scanning every claim per cell made a 1,000-article build spend seconds here.
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(`${c.article}\u0000${c.topic}`, (counts.get(`${c.article}\u0000${c.topic}`) ?? 0) + 1);
  return articles.map((a) => {
    const cells = topics.map((topic) => {
      const sections = a.sections.filter((s) => s.topics.includes(topic)).length;
      const n = counts.get(`${a.id}\u0000${topic}`) ?? 0;
      return { topic, sections, claims: n, level: heatLevel(sections, n) };
    });
    return { article: a.id, cells, covered: cells.filter((c) => c.level > 0).length };
  });
}
