import type { TopicConsensus } from './consensus.ts';
import { STRENGTH } from './thresholds.ts';

/** How sure the site is on a topic. Only `strong` and `leans` name a winner. */
export type StrengthLevel = 'strong' | 'leans' | 'split' | 'too-little';

export interface Strength {
  level: StrengthLevel;
  /** The subject the site names as favoured, or null when the evidence is split or too thin to name one. */
  winner: string | null;
  /** The subject most sources favour, named or not. */
  leader: string | null;
  /** Sources whose verdict is the leader. */
  agreeing: number;
  /** Sources whose verdict names some subject. */
  takingSide: number;
  /** Sources that argue the topic at all (a side, or both ways evenly): the denominator of the share. */
  arguing: number;
  /** agreeing / arguing, 0 when nobody argues. */
  share: number;
}

/**
 * The strength of a topic's verdict, from counts of sources (never of sentences), with the thresholds
 * of thresholds.ts. Sources that argue both ways evenly count against the leader's share: a source
 * that weighs both sides is not agreement.
 */
export function strength(c: TopicConsensus): Strength {
  const takingSide = c.verdicts.filter((v) => v.favoured).length;
  const arguing = c.sources.length;
  const leader = c.favoured;
  const agreeing = leader ? (c.tally[leader]?.for.length ?? 0) : 0;
  const share = arguing ? agreeing / arguing : 0;
  let level: StrengthLevel;
  if (takingSide < STRENGTH.minSources) level = 'too-little';
  else if (!leader || share < STRENGTH.leanShare) level = 'split';
  else if (agreeing >= STRENGTH.strongSources && share >= STRENGTH.strongShare) level = 'strong';
  else level = 'leans';
  return { level, winner: level === 'strong' || level === 'leans' ? leader : null, leader, agreeing, takingSide, arguing, share };
}
