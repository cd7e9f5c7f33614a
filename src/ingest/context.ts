import { loadComparison } from '../content/load.ts';
import type { Curation } from '../schemas/curation.ts';
import type { Subject } from '../schemas/subject.ts';
import type { Topic } from '../schemas/topic.ts';
import { subjectMatcher, type SubjectMatcher } from '../text/match.ts';
import { topicMatcher, type TopicMatcher } from './steps/classify.ts';
import { compileLexicon, type Lexicon } from './claims/lexicon.ts';

/** What every step may consult: the comparison's subjects and taxonomy, read once from `content/`. */
export interface IngestContext {
  topics: Topic[];
  subjects: Subject[];
  topicMatcher: TopicMatcher;
  subjectMatcher: SubjectMatcher;
  /** Cue and stance phrases of every topic, for claim extraction. */
  lexicon: Lexicon;
  /** Editorial corrections from the optional `content/curation.yaml`. */
  curation: Curation[];
}

/** The part of the context that is data (the rest is compiled from it): what a worker thread is sent. */
export type ComparisonContext = Pick<IngestContext, 'topics' | 'subjects' | 'curation'>;

export { ContentError as ConfigError } from '../content/load.ts';

/** The comparison's subjects and taxonomy, validated and cross-checked by the content loader. */
export function loadContext(contentDir: string): IngestContext {
  return contextOf(loadComparison(contentDir));
}

/**
 * The context of a comparison already loaded and validated: ingest workers are handed the one the CLI
 * read, instead of each parsing the YAML files again (about 0.3 s per worker).
 */
export function contextOf({ topics, subjects, curation }: ComparisonContext): IngestContext {
  return { topics, subjects, topicMatcher: topicMatcher(topics), subjectMatcher: subjectMatcher(subjects), lexicon: compileLexicon(topics), curation };
}
