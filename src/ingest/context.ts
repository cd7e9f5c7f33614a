import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { curationFileSchema, type Curation } from '../schemas/curation.ts';
import { subjectsFileSchema, type Subject } from '../schemas/subject.ts';
import { topicsFileSchema, type Topic } from '../schemas/topic.ts';
import { subjectMatcher, type SubjectMatcher } from './match.ts';
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

export class ConfigError extends Error {}

function load<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`${path}: cannot be read as YAML (${(e as Error).message.split('\n')[0]}).`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}. See src/schemas/ for the expected fields.`);
  }
  return result.data;
}

export function loadContext(contentDir: string): IngestContext {
  const topics = load(join(contentDir, 'topics.yaml'), topicsFileSchema);
  const subjects = load(join(contentDir, 'subjects.yaml'), subjectsFileSchema);
  const curationPath = join(contentDir, 'curation.yaml');
  const curation = existsSync(curationPath) ? (load(curationPath, curationFileSchema.nullable()) ?? []) : [];
  return { topics, subjects, topicMatcher: topicMatcher(topics), subjectMatcher: subjectMatcher(subjects), lexicon: compileLexicon(topics), curation };
}
