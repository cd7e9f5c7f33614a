import { RESERVED_TOPICS } from '../schemas/reserved.ts';
import type { Claim } from '../schemas/claim.ts';
import { isEvidence } from './evidence.ts';

/** What one source concludes on one topic, from the stances of all its claims there. */
export interface SourceVerdict {
  article: string;
  /** Subject this source favours on the topic, or null when its claims balance out. */
  favoured: string | null;
  /** Net stance per subject: +1 for each claim for it, -1 for each claim against it. */
  score: Record<string, number>;
  /** True when the source has claims for more than one subject on this topic. */
  mixed: boolean;
  /** The claims behind the verdict, in article order. */
  claims: Claim[];
}

export interface SubjectTally {
  /** Article ids whose verdict favours this subject. */
  for: string[];
  /** Article ids that make at least one claim against this subject. */
  against: string[];
}

export interface TopicConsensus {
  topic: string;
  /** Subject most sources favour, or null when none leads. */
  favoured: string | null;
  /** Per subject: which sources are for it and which speak against it. */
  tally: Record<string, SubjectTally>;
  /** Sources that argue this topic: at least one statement for or against a subject that counts as evidence. */
  sources: string[];
  /** Sources with any statement on the topic, neutral remarks and fragments included. */
  mentioning: string[];
  /** Sources favour different subjects, or one source argues both ways so evenly that it favours none. */
  contested: boolean;
  /** Fewer than two sources take a side. */
  thin: boolean;
  verdicts: SourceVerdict[];
}

/** Topics whose claims describe rather than compare; they are grouped, not voted on. */
export const DESCRIPTIVE_TOPICS = RESERVED_TOPICS;

function netScores(claims: readonly Claim[], subjects: readonly string[]): Record<string, number> {
  const score = Object.fromEntries(subjects.map((s) => [s, 0]));
  for (const c of claims) {
    const sign = c.stance === 'favours' ? 1 : c.stance === 'disfavours' ? -1 : 0;
    if (!sign) continue;
    // "X is faster than Y" arrives as two claims (X favoured, Y disfavoured), so each counts once here.
    score[c.subject] = (score[c.subject] ?? 0) + sign;
  }
  return score;
}

/** The subject whose net stance is strictly ahead of every other's, or null on a tie. */
function leader(score: Record<string, number>): string | null {
  const ranked = Object.entries(score).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] >= first[1]) || (!second && first[1] <= 0)) return null;
  return first[0];
}

/** Where sources, not claims, are counted: most sources for one subject wins, ties give none. */
function majority(counts: Record<string, number>): string | null {
  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return null;
  return first[0];
}

/** The subjects a claim argues for: its own when it favours, its rival(s) when it speaks against. */
function supports(c: Claim, subjects: readonly string[]): string[] {
  if (c.stance === 'favours') return [c.subject];
  if (c.stance === 'disfavours') return subjects.filter((s) => s !== c.subject);
  return [];
}

/** One topic's consensus across sources. Pure: same claims, same answer. */
export function topicConsensus(topic: string, claims: readonly Claim[], subjects: readonly string[]): TopicConsensus {
  const all = claims.filter((c) => c.topic === topic);
  // Fragments ("Lightweight", "X is a great choice if:") stay on the page but take no side here.
  const onTopic = all.filter((c) => c.stance !== 'neutral' && isEvidence(c.quote));
  const byArticle = new Map<string, Claim[]>();
  for (const c of onTopic) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
  const verdicts: SourceVerdict[] = [...byArticle].map(([article, cs]) => {
    const score = netScores(cs, subjects);
    const sides = new Set(cs.flatMap((c) => supports(c, subjects)));
    return { article, favoured: leader(score), score, mixed: sides.size > 1, claims: cs };
  });
  verdicts.sort((a, b) => (a.article < b.article ? -1 : 1));
  const tally: Record<string, SubjectTally> = Object.fromEntries(subjects.map((s) => [s, { for: [], against: [] }]));
  for (const v of verdicts) {
    if (v.favoured) tally[v.favoured]!.for.push(v.article);
    for (const s of subjects) if (v.claims.some((c) => c.subject === s && c.stance === 'disfavours')) tally[s]!.against.push(v.article);
  }
  const counts = Object.fromEntries(subjects.map((s) => [s, tally[s]!.for.length]));
  const favoured = majority(counts);
  const sidesTaken = subjects.filter((s) => tally[s]!.for.length > 0).length;
  return {
    topic,
    favoured,
    tally,
    sources: verdicts.map((v) => v.article),
    mentioning: [...new Set(all.map((c) => c.article))].sort(),
    contested: sidesTaken > 1 || verdicts.some((v) => v.mixed && v.favoured === null),
    thin: verdicts.filter((v) => v.favoured).length < 2,
    verdicts,
  };
}

/** Consensus for every comparative topic, in taxonomy order. */
export function consensus(claims: readonly Claim[], topics: readonly string[], subjects: readonly string[]): TopicConsensus[] {
  return topics.filter((t) => !DESCRIPTIVE_TOPICS.has(t)).map((t) => topicConsensus(t, claims, subjects));
}

/** Use-case and fact claims per subject, each with the sources that state them. */
export function describeSubjects(claims: readonly Claim[], subjects: readonly string[]): Record<string, { useCases: Claim[]; facts: Claim[] }> {
  return Object.fromEntries(
    subjects.map((s) => [
      s,
      {
        useCases: claims.filter((c) => c.subject === s && c.kind === 'use-case'),
        facts: claims.filter((c) => c.subject === s && c.kind === 'fact'),
      },
    ]),
  );
}
