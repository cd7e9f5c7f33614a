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

export { ContentError as ConfigError } from '../content/load.ts';

/** The comparison's subjects and taxonomy, validated and cross-checked by the content loader. */
export function loadContext(contentDir: string): IngestContext {
  const { topics, subjects, curation } = loadComparison(contentDir);
  return { topics, subjects, topicMatcher: topicMatcher(topics), subjectMatcher: subjectMatcher(subjects), lexicon: compileLexicon(topics), curation };
}
