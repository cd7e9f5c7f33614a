import type { TopicConsensus } from './consensus.ts';

/** One coloured run of the agreement bar. `subject` is null for the neutral runs. */
export interface BarSegment {
  key: string;
  /** Subject id the sources in this run favour; null for split or silent sources. */
  subject: string | null;
  kind: 'favours' | 'split' | 'silent';
  count: number;
}

/** How far the sources agree on one topic, ready to print ("3 of 4 sources"). */
export interface Agreement {
  favoured: string | null;
  /** Sources whose verdict is the favoured subject. */
  agreeing: number;
  /** Sources that take a side or argue the topic at all. */
  speaking: number;
  /** All sources of the site, so silence shows too. */
  total: number;
  contested: boolean;
  thin: boolean;
  segments: BarSegment[];
}

/** Reduces a topic's consensus to counts and bar segments; the order of `subjects` fixes the colours. */
export function agreement(c: TopicConsensus, subjects: readonly string[], totalSources: number): Agreement {
  const favouring = subjects.map((s) => ({ s, n: c.tally[s]?.for.length ?? 0 }));
  const decided = favouring.reduce((sum, f) => sum + f.n, 0);
  const speaking = c.sources.length;
  const segments: BarSegment[] = [
    ...favouring.map((f) => ({ key: f.s, subject: f.s, kind: 'favours' as const, count: f.n })),
    { key: 'split', subject: null, kind: 'split', count: Math.max(0, speaking - decided) },
    { key: 'silent', subject: null, kind: 'silent', count: Math.max(0, totalSources - speaking) },
  ];
  return {
    favoured: c.favoured,
    agreeing: c.favoured ? (c.tally[c.favoured]?.for.length ?? 0) : 0,
    speaking,
    total: totalSources,
    contested: c.contested,
    thin: c.thin,
    segments: segments.filter((s) => s.count > 0),
  };
}
