import type { Claim } from '../schemas/claim.ts';
import { agreement, type Agreement } from '../analysis/agreement.ts';
import { plural, someNames } from './format.ts';
import { SHOWN } from './limits.ts';
import type { TopicConsensus } from '../analysis/consensus.ts';

/** What the sources say about one subject on one topic. */
export interface SubjectSide {
  subject: string;
  /** Sources whose verdict on the topic favours this subject. */
  favouredBy: string[];
  /** Sources whose verdict is another subject. */
  against: string[];
  /** Sources that argue both ways and come down on neither side. */
  both: string[];
  /** Statements for it, against it, and neutral ones. */
  claims: { for: Claim[]; against: Claim[]; neutral: Claim[] };
}

/** One source's statements on the topic. */
export interface SourceStatements {
  article: string;
  /** Subject its statements add up to, null when balanced or neutral. */
  favoured: string | null;
  mixed: boolean;
  claims: Claim[];
}

export interface TopicView {
  topic: string;
  agreement: Agreement;
  sides: SubjectSide[];
  sources: SourceStatements[];
  /** Consensus and disagreement as plain sentences. */
  findings: string[];
  /** Sources that never speak to the topic. */
  silent: string[];
}

/** Everything a topic page or comparison row shows, computed once from the claims. */
export function topicView(
  topic: string,
  c: TopicConsensus,
  claims: readonly Claim[],
  subjects: readonly string[],
  articles: readonly string[],
  name: (id: string) => string,
  source: (id: string) => string,
): TopicView {
  const onTopic = claims.filter((x) => x.topic === topic);
  const agree = agreement(c, subjects, articles.length);
  const sides = subjects.map((s) => {
    const own = onTopic.filter((x) => x.subject === s);
    const stand = agree.stands[s] ?? { for: [], against: [], both: [] };
    return {
      subject: s,
      favouredBy: stand.for,
      against: stand.against,
      both: stand.both,
      claims: {
        for: own.filter((x) => x.stance === 'favours'),
        against: own.filter((x) => x.stance === 'disfavours'),
        neutral: own.filter((x) => x.stance === 'neutral'),
      },
    };
  });
  const verdicts = new Map(c.verdicts.map((v) => [v.article, v]));
  // Grouped once: per-article scans of every claim are quadratic at a thousand sources.
  const byArticle = Map.groupBy(onTopic, (x) => x.article);
  const sources = articles
    .map((a) => ({ article: a, claims: byArticle.get(a) ?? [], v: verdicts.get(a) }))
    .filter((s) => s.claims.length > 0)
    .map((s) => ({ article: s.article, favoured: s.v?.favoured ?? null, mixed: s.v?.mixed ?? false, claims: s.claims }));
  const silent = articles.filter((a) => !byArticle.has(a));

  const findings: string[] = [];
  for (const side of sides) {
    if (side.favouredBy.length) findings.push(`${someNames(side.favouredBy.map(source), SHOWN.names)} ${plural(side.favouredBy.length, 'favours', 'favour')} ${name(side.subject)}.`);
  }
  const mixed = sources.filter((s) => s.mixed).map((s) => source(s.article));
  if (mixed.length) findings.push(`${someNames(mixed, SHOWN.names)} ${plural(mixed.length, 'argues', 'argue')} both ways.`);
  const undecided = sources.filter((s) => !s.favoured).map((s) => source(s.article));
  if (undecided.length) findings.push(`${someNames(undecided, SHOWN.names)} ${plural(undecided.length, 'comes', 'come')} down on neither side.`);
  if (silent.length) findings.push(`${someNames(silent.map(source), SHOWN.names)} ${plural(silent.length, 'does', 'do')} not address it.`);
  return { topic, agreement: agree, sides, sources, findings, silent };
}

/** Previous and next in taxonomy order, for reading topic pages in sequence. */
export function neighbours<T>(items: readonly T[], index: number): { prev: T | undefined; next: T | undefined } {
  return { prev: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}

/**
 * A subject's statements that agree with where their source stands, so a quote labelled "For" never sits
 * under "0 for": statements for it from sources whose verdict is this subject or who argue both ways,
 * statements against it from sources whose verdict is another subject or who argue both ways. Neutral
 * remarks only when no source takes a side on it.
 */
export function consistentClaims(side: SubjectSide): Claim[] {
  const pro = new Set([...side.favouredBy, ...side.both]);
  const con = new Set([...side.against, ...side.both]);
  const sided = [...side.claims.for.filter((c) => pro.has(c.article)), ...side.claims.against.filter((c) => con.has(c.article))];
  return sided.length ? sided : side.claims.neutral;
}
