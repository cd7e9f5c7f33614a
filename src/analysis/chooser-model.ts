import type { Claim } from '../schemas/claim.ts';
import type { Question } from '../schemas/chooser.ts';
import type { Subject } from '../schemas/subject.ts';
import type { Topic } from '../schemas/topic.ts';
import { USE_CASES } from '../schemas/reserved.ts';
import type { ChooserCitation, ChooserModel, Contribution } from '../schemas/chooser-model.ts';
import { phraseKey, wholePhrases } from '../text/whole-phrases.ts';
import type { TopicConsensus } from './consensus.ts';
import { strength } from './strength.ts';
import { CHOOSER_SHARE } from './thresholds.ts';

export interface ChooserInputs {
  questions: Question[];
  subjects: Subject[];
  topics: Topic[];
  consensus: TopicConsensus[];
  claims: Claim[];
  /** Number of sources in the corpus, for "k of N sources". */
  sourceCount: number;
  sourceLabel: (article: string) => string;
  claimHref: (c: Claim) => string;
  topicHref: (topic: string) => string;
}

const MAX_CITATIONS = 2;

/** First claim per source, so two citations come from two different articles where possible. */
function cite(claims: readonly Claim[], input: ChooserInputs): ChooserCitation[] {
  const seen = new Set<string>();
  const out: ChooserCitation[] = [];
  for (const c of claims) {
    if (seen.has(c.article)) continue;
    seen.add(c.article);
    out.push({ quote: c.quote, source: input.sourceLabel(c.article), href: input.claimHref(c) });
    if (out.length === MAX_CITATIONS) break;
  }
  return out;
}

/**
 * Turns the questions of `content/chooser.yaml` into a model whose every point is backed by the
 * sources: a topic weight goes to the winner its verdict names, in full when strong, in part when it
 * leans, and to nobody when the sources are split or too few (CHOOSER_SHARE); use-case weights follow
 * the use cases sources give.
 * Computed at build time, so the island only adds numbers up.
 */
export function chooserModel(input: ChooserInputs): ChooserModel {
  // Use-case words are matched as whole phrases against every phrase the chooser lists, so a phrase
  // one answer names ("static websites") is not also a match for a shorter one ("websites").
  const phrasesIn = wholePhrases(input.questions.flatMap((q) => q.answers.flatMap((a) => a.weights.flatMap((w) => ('useCase' in w ? w.useCase : [])))));
  const name = (id: string) => input.subjects.find((s) => s.id === id)?.name ?? id;
  const contributions = (w: Question['answers'][number]['weights'][number]): Contribution[] => {
    if ('topic' in w) {
      const c = input.consensus.find((x) => x.topic === w.topic);
      const topic = input.topics.find((t) => t.id === w.topic);
      if (!c || !topic || c.sources.length === 0) return [];
      const s = strength(c);
      const href = input.topicHref(topic.id);
      if (!s.winner) {
        // Said, not silently dropped: the reader asked about this topic, and the honest answer is that
        // the sources do not point anywhere. Zero points, so it cannot tip the recommendation.
        const evidence = c.verdicts.filter((v) => v.favoured).flatMap((v) => v.claims.filter((x) => x.subject === v.favoured && x.stance === 'favours'));
        const why =
          s.level === 'too-little'
            ? `too little evidence (${s.takingSide} ${s.takingSide === 1 ? 'source takes' : 'sources take'} a side)`
            : s.leader
              ? `the sources are split (${s.agreeing} of ${s.arguing} favour ${name(s.leader)})`
              : 'the sources are split';
        return [{ subject: s.leader ?? input.subjects[0]?.id ?? '', points: 0, basis: `${topic.label}: ${why}, no lean`, href, citations: cite(evidence, input) }];
      }
      const winner = s.winner;
      const backers = c.tally[winner]?.for ?? [];
      const evidence = c.verdicts.filter((v) => backers.includes(v.article)).flatMap((v) => v.claims.filter((x) => (x.subject === winner ? x.stance === 'favours' : x.stance === 'disfavours')));
      const how = s.level === 'strong' ? `strong for ${name(winner)}` : `sources lean to ${name(winner)}`;
      return [
        {
          subject: winner,
          points: w.weight * CHOOSER_SHARE[s.level === 'strong' ? 'strong' : 'leans'],
          basis: `${topic.label}: ${how} (${s.agreeing} of ${s.arguing} sources)`,
          href,
          citations: cite(evidence, input),
        },
      ];
    }
    const wanted = w.useCase.map(phraseKey);
    const useCases = input.topics.find((t) => t.id === USE_CASES);
    return input.subjects.flatMap((s) => {
      const matching = input.claims.filter((c) => {
        if (c.subject !== s.id || c.kind !== 'use-case' || c.stance !== 'favours') return false;
        const found = phrasesIn(c.quote);
        return wanted.some((p) => found.has(p));
      });
      const sources = new Set(matching.map((c) => c.article)).size;
      if (!sources) return [];
      return [
        {
          subject: s.id,
          points: (w.weight * sources) / input.sourceCount,
          basis: `Use cases: ${sources} of ${input.sourceCount} sources recommend ${name(s.id)} for this`,
          href: input.topicHref(useCases?.id ?? USE_CASES),
          citations: cite(matching, input),
        },
      ];
    });
  };
  return {
    subjects: input.subjects.map((s) => ({ id: s.id, name: s.name })),
    questions: input.questions.map((q) => ({
      id: q.id,
      question: q.question,
      help: q.help,
      answers: q.answers.map((a) => ({ id: a.id, label: a.label, condition: a.condition, contributions: a.weights.flatMap(contributions) })),
    })),
  };
}
