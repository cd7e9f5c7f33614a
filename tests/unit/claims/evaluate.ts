import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DESCRIPTIVE_TOPICS, topicConsensus } from '../../../src/analysis/consensus.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { articleId } from '../../../src/ingest/pipeline.ts';

export interface Gold {
  verdicts: Array<{ source: string; topic: string; favoured: string }>;
  claims: Array<{ source: string; subject: string; topic: string; stance: string; quote: string }>;
}

/** Sentences annotated exhaustively: every claim each makes (tests/gold/sentences.yaml). */
export interface Sentences {
  sentences: Array<{ source: string; quote: string; claims: Array<{ subject: string; topic: string; stance: string }> | null }>;
}

export interface Scores {
  verdictAccuracy: number;
  verdictsRight: number;
  verdictsTotal: number;
  precision: number;
  precisionJudged: number;
  recall: number;
  recallFound: number;
  recallTotal: number;
  misses: string[];
  wrongVerdicts: string[];
  wrongClaims: string[];
}

export function loadGold(path: string): Gold {
  return parse(readFileSync(path, 'utf8')) as Gold;
}

export function loadSentences(path: string): Sentences {
  return parse(readFileSync(path, 'utf8')) as Sentences;
}

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/\*\*/g, '').trim().toLowerCase();

/** Same sentence: one quote contains the other (gold quotes list items without their bold label). */
function sameSentence(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x.includes(y) || y.includes(x);
}

/**
 * Scores extracted claims against a hand-made gold file.
 * - verdict accuracy: per (source, topic) in the gold, does the source's verdict computed from our
 *   claims name the same subject (or none)?
 * - precision: judged on the extracted claims whose sentence is annotated exhaustively (every claim
 *   it makes is listed, `sentences`); right when that sentence's list has the same subject, topic and
 *   stance. Without such a file, the key claims of the gold stand in (stricter: they are not exhaustive).
 * - recall: share of gold key claims (non-neutral) found with the same subject, topic and stance.
 */
export function score(claims: readonly Claim[], gold: Gold, subjects: string[], annotated?: Sentences): Scores {
  const wrongVerdicts: string[] = [];
  let right = 0;
  for (const v of gold.verdicts) {
    const article = articleId(v.source);
    const c = topicConsensus(
      v.topic,
      claims.filter((x) => x.article === article),
      subjects,
    );
    // Use cases are grouped per subject on the site, never voted on: no verdict by design.
    const got = DESCRIPTIVE_TOPICS.has(v.topic) ? null : (c.verdicts[0]?.favoured ?? null);
    const want = v.favoured === 'none' ? null : v.favoured;
    if (got === want) right++;
    else wrongVerdicts.push(`${v.source} ${v.topic}: gold ${v.favoured}, got ${got ?? 'none'}`);
  }
  const stanceGold = gold.claims.filter((g) => g.stance !== 'neutral');
  const misses: string[] = [];
  let found = 0;
  for (const g of stanceGold) {
    const hit = claims.some((c) => c.article === articleId(g.source) && c.subject === g.subject && c.topic === g.topic && c.stance === g.stance && sameSentence(c.quote, g.quote));
    if (hit) found++;
    else misses.push(`${g.source} ${g.subject} ${g.topic} ${g.stance}: ${g.quote.slice(0, 90)}`);
  }
  const wrongClaims: string[] = [];
  let judged = 0;
  let correct = 0;
  const reference = annotated
    ? annotated.sentences.flatMap((x) =>
        (x.claims ?? []).map((k) => ({ ...k, source: x.source, quote: x.quote })).concat(x.claims?.length ? [] : [{ source: x.source, quote: x.quote, subject: '', topic: '', stance: '' }]),
      )
    : gold.claims;
  for (const c of claims) {
    if (c.kind === 'fact') continue;
    const onSentence = reference.filter((g) => articleId(g.source) === c.article && sameSentence(c.quote, g.quote));
    if (!onSentence.length) continue;
    judged++;
    if (onSentence.some((g) => g.subject === c.subject && g.topic === c.topic && g.stance === c.stance)) correct++;
    else wrongClaims.push(`${c.article} ${c.subject} ${c.topic} ${c.stance} [${c.cue}]: ${c.quote.slice(0, 90)}`);
  }
  return {
    verdictAccuracy: right / gold.verdicts.length,
    verdictsRight: right,
    verdictsTotal: gold.verdicts.length,
    precision: judged ? correct / judged : 0,
    precisionJudged: judged,
    recall: stanceGold.length ? found / stanceGold.length : 0,
    recallFound: found,
    recallTotal: stanceGold.length,
    misses,
    wrongVerdicts,
    wrongClaims,
  };
}
