import type { TopicConsensus } from './consensus.ts';
import { strength, type Strength } from './strength.ts';

/** One run of the consensus meter: sources in the same position. `subject` is null for the neutral runs. */
export interface BarSegment {
  key: string;
  /** Subject id the sources in this run favour; null for the other runs. */
  subject: string | null;
  /** `both`: argues both ways with no net side; `none`: mentions the topic without taking a side; `silent`: never mentions it. */
  kind: 'favours' | 'both' | 'none' | 'silent';
  count: number;
  /** The sources in this run, so the meter can say who sits where. */
  articles: string[];
}

/** Per subject, where each source that argues the topic stands relative to it. */
export interface SubjectStand {
  /** Sources whose verdict is this subject. */
  for: string[];
  /** Sources whose verdict is another subject. */
  against: string[];
  /** Sources that argue both ways and come down on neither side. */
  both: string[];
}

/** How far the sources agree on one topic, ready to print ("3 of 4 sources"). */
export interface Agreement {
  /** The subject named as favoured: null when the evidence is split or too thin (see `strength`). */
  favoured: string | null;
  /** Sources whose verdict is the leader. */
  agreeing: number;
  /** Sources that argue the topic (a side, or both ways). */
  speaking: number;
  /** Sources that mention the topic, sides or not. */
  mentioning: number;
  /** All sources of the site, so silence shows too. */
  total: number;
  contested: boolean;
  thin: boolean;
  strength: Strength;
  stands: Record<string, SubjectStand>;
  segments: BarSegment[];
}

/** Reduces a topic's consensus to counts and meter segments; the order of `subjects` fixes the colours. */
export function agreement(c: TopicConsensus, subjects: readonly string[], totalSources: number): Agreement {
  const s = strength(c);
  const both = c.verdicts.filter((v) => !v.favoured).map((v) => v.article);
  const arguing = new Set(c.sources);
  const none = c.mentioning.filter((a) => !arguing.has(a));
  const stands = Object.fromEntries(
    subjects.map((subject) => [
      subject,
      {
        for: c.verdicts.filter((v) => v.favoured === subject).map((v) => v.article),
        against: c.verdicts.filter((v) => v.favoured && v.favoured !== subject).map((v) => v.article),
        both,
      },
    ]),
  );
  const silent = Math.max(0, totalSources - c.mentioning.length);
  const segments: BarSegment[] = [
    ...subjects.map((subject) => ({ key: subject, subject, kind: 'favours' as const, count: stands[subject]!.for.length, articles: stands[subject]!.for })),
    { key: 'both', subject: null, kind: 'both', count: both.length, articles: both },
    { key: 'none', subject: null, kind: 'none', count: none.length, articles: none },
    { key: 'silent', subject: null, kind: 'silent', count: silent, articles: [] },
  ];
  return {
    favoured: s.winner,
    agreeing: s.agreeing,
    speaking: c.sources.length,
    mentioning: c.mentioning.length,
    total: totalSources,
    contested: c.contested,
    thin: s.level === 'too-little',
    strength: s,
    stands,
    segments: segments.filter((x) => x.count > 0),
  };
}
