import { getCollection } from 'astro:content';
import { agreement, type Agreement } from '../analysis/agreement.ts';
import { describeSubjects, DESCRIPTIVE_TOPICS, topicConsensus, type TopicConsensus } from '../analysis/consensus.ts';
import { coverageMatrix, type CoverageRow } from '../analysis/coverage.ts';
import { topicView, type TopicView } from './topic-view.ts';
import { chooserRows, type ChooserRow } from '../analysis/use-cases.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import type { SiteInfo } from '../schemas/site.ts';
import type { Subject } from '../schemas/subject.ts';
import type { Topic } from '../schemas/topic.ts';
import { sourceLabel } from '../analysis/source-label.ts';
import { readClaims } from '../content/claims.ts';
import { loadComparison } from '../content/load.ts';
import { siteInfo } from './site-info.ts';

export interface Source extends ArticleData {
  id: string;
  /** Short name for citations and prose: the publishing site, else the title without its "A vs B:" lead. */
  label: string;
  claims: number;
}

export interface SiteData {
  site: SiteInfo;
  subjects: Subject[];
  /** Every topic, in taxonomy order. */
  topics: Topic[];
  /** Topics sources argue about (the ones with a verdict), in taxonomy order. */
  comparative: Topic[];
  isDescriptive: (topic: string) => boolean;
  sources: Source[];
  claims: Claim[];
  /** Per topic, descriptive ones included. */
  views: Map<string, TopicView>;
  /** Per comparative topic only. */
  agreements: Map<string, Agreement>;
  /** Per topic, descriptive ones included: who the sources favour, computed once for every page and file. */
  consensus: Map<string, TopicConsensus>;
  described: ReturnType<typeof describeSubjects>;
  coverage: CoverageRow[];
  chooser: ChooserRow[];
  subject: (id: string) => Subject | undefined;
  topic: (id: string) => Topic | undefined;
  source: (id: string) => Source | undefined;
  /** 0-based position of a subject, which picks its colour. */
  subjectIndex: (id: string) => number;
}

let cached: { claims: Claim[]; data: Promise<SiteData> } | undefined;

/**
 * All route data, computed once per build and shared by every page; again in `astro dev` when
 * claims.json changes (collections reload this module themselves).
 */
export function siteData(): Promise<SiteData> {
  const claims = readClaims();
  if (cached?.claims !== claims) cached = { claims, data: load(claims) };
  return cached.data;
}

async function load(claims: Claim[]): Promise<SiteData> {
  const [subjectEntries, topicEntries, articleEntries] = await Promise.all([getCollection('subjects'), getCollection('topics'), getCollection('articles')]);
  // The loader's order: subjects as subjects.yaml lists them (it fixes their colours), topics as the
  // merged taxonomy lists them (editorial order, the folder's own topics after the default ones).
  const comparison = loadComparison();
  const rank = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));
  const subjectOrder = rank(comparison.subjects.map((x) => x.id));
  const topicOrder = rank(comparison.topics.map((t) => t.id));
  const subjects = subjectEntries.map((e) => e.data).sort((a, b) => (subjectOrder.get(a.id) ?? Infinity) - (subjectOrder.get(b.id) ?? Infinity));
  // The default taxonomy covers many kinds of comparison; a topic no source speaks to gets no page.
  const spoken = new Set(claims.map((c) => c.topic));
  const topics = topicEntries
    .map((e) => e.data)
    .filter((t) => spoken.has(t.id))
    .map((t) => ({ ...t, related: t.related.filter((r) => spoken.has(r)) }))
    .sort((a, b) => (topicOrder.get(a.id) ?? Infinity) - (topicOrder.get(b.id) ?? Infinity));
  const subjectIds = subjects.map((s) => s.id);
  const claimCount = new Map<string, number>();
  for (const c of claims) claimCount.set(c.article, (claimCount.get(c.article) ?? 0) + 1);
  const sources: Source[] = articleEntries
    .map((e) => ({
      ...e.data,
      id: e.id,
      label: sourceLabel(e.data),
      claims: claimCount.get(e.id) ?? 0,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const articleIds = sources.map((s) => s.id);
  const comparative = topics.filter((t) => !DESCRIPTIVE_TOPICS.has(t.id));
  const byId = <T extends { id: string }>(list: T[]) => {
    const map = new Map(list.map((x) => [x.id, x]));
    return (id: string) => map.get(id);
  };
  const subject = byId(subjects);
  const source = byId(sources);
  const name = (id: string) => subject(id)?.name ?? id;
  const label = (id: string) => source(id)?.label ?? id;

  // Descriptive topics get a view too (their page lists statements), but no vote.
  const verdicts = topics.map((t) => topicConsensus(t.id, claims, subjectIds));
  const consensusByTopic = new Map(verdicts.map((c) => [c.topic, c]));
  const views = new Map(verdicts.map((c) => [c.topic, topicView(c.topic, c, claims, subjectIds, articleIds, name, label)]));
  const agreements = new Map(verdicts.filter((c) => !DESCRIPTIVE_TOPICS.has(c.topic)).map((c) => [c.topic, agreement(c, subjectIds, articleIds.length)]));

  return {
    site: siteInfo(),
    subjects,
    topics,
    comparative,
    isDescriptive: (t) => DESCRIPTIVE_TOPICS.has(t),
    sources,
    claims,
    views,
    agreements,
    consensus: consensusByTopic,
    described: describeSubjects(claims, subjectIds),
    coverage: coverageMatrix(
      sources,
      topics.map((t) => t.id),
      claims,
    ),
    chooser: chooserRows(claims, subjectIds, articleIds),
    subject,
    topic: byId(topics),
    source,
    subjectIndex: (id) => subjectIds.indexOf(id),
  };
}
