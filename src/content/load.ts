// The one way to read a comparison's configuration files (content/*.yaml): ingest, the site and the
// search index all come through here, so a file is validated the same way everywhere and a problem
// reads the same everywhere: which file, which field, what is wrong, what to do.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { chooserFileSchema, type Question } from '../schemas/chooser.ts';
import { curationFileSchema, type Curation } from '../schemas/curation.ts';
import { siteSchema, type SiteInfo } from '../schemas/site.ts';
import { subjectsFileSchema, type Subject } from '../schemas/subject.ts';
import { topicsFileSchema, type Topic } from '../schemas/topic.ts';
import { RESERVED_TOPICS } from '../schemas/reserved.ts';
import { parseYamlData, YamlDataError } from '../text/yaml-data.ts';

export const DEFAULT_CONTENT_DIR = 'content';

/** The comparison folder this process works on: `$CONTENT_DIR`, else `content/`. */
export function contentDir(): string {
  return process.env.CONTENT_DIR || DEFAULT_CONTENT_DIR;
}

export class ContentError extends Error {}

/** What each file is for, so a missing one can be explained. */
const PURPOSE: Record<string, string> = {
  'site.yaml': 'the site title, the reader\'s question and a description (src/schemas/site.ts)',
  'subjects.yaml': 'the things compared: id, name, aliases (src/schemas/subject.ts)',
  'topics.yaml': 'topics that override or add to the default taxonomy (src/schemas/topic.ts)',
  'chooser.yaml': 'the chooser\'s questions (src/schemas/chooser.ts)',
  'curation.yaml': 'editorial corrections of claims (src/schemas/curation.ts)',
};

/**
 * Reads and validates one YAML file of the comparison. A missing required file, YAML that does not
 * parse and a field that breaks the schema all throw a ContentError naming the file and the field.
 */
export function readContentFile<T extends z.ZodType>(name: string, schema: T, options: { dir?: string; optional: true }): z.infer<T> | undefined;
export function readContentFile<T extends z.ZodType>(name: string, schema: T, options?: { dir?: string; optional?: false }): z.infer<T>;
export function readContentFile<T extends z.ZodType>(name: string, schema: T, options: { dir?: string; optional?: boolean } = {}): z.infer<T> | undefined {
  const path = join(options.dir ?? contentDir(), name);
  if (!existsSync(path)) {
    if (options.optional) return undefined;
    throw new ContentError(`${path} is missing. It holds ${PURPOSE[name] ?? 'part of the comparison'}; create it, or point CONTENT_DIR / --content at the folder that has it.`);
  }
  let raw: unknown;
  try {
    raw = parseYamlData(readFileSync(path, 'utf8'));
  } catch (e) {
    if (!(e instanceof YamlDataError)) throw e;
    const at = e.line === undefined ? '' : `:${e.line}:${e.column ?? 1}`;
    throw new ContentError(`${path}${at}: cannot be read as YAML (${e.message}).`);
  }
  if (raw === null && options.optional) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) throw new ContentError(`${path}: ${firstProblem(result.error)}. See ${PURPOSE[name]?.match(/\(([^)]+)\)$/)?.[1] ?? 'src/schemas/'} for the fields.`);
  return result.data;
}

/**
 * The first problem a schema found, as `where: what`, and how many more there are: every file of the
 * comparison reports a bad field the same way. `where` names the field's path (dotted by default).
 */
export function firstProblem(error: z.ZodError, where: (path: readonly PropertyKey[]) => string = (p) => (p.length ? p.join('.') : '(top level)')): string {
  const issue = error.issues[0]!;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  return `${where(issue.path)}: ${issue.message}${more}`;
}

/** Everything a comparison folder configures, read and cross-checked once. */
export interface Comparison {
  dir: string;
  site: SiteInfo;
  subjects: Subject[];
  topics: Topic[];
  chooser: Question[];
  curation: Curation[];
}

/** Checks references between files: every id a file names must exist in the file it points into. */
export function crossCheck(c: Omit<Comparison, 'dir'>, dir: string): void {
  const problems: string[] = [];
  const topicIds = new Set(c.topics.map((t) => t.id));
  const subjectIds = new Set(c.subjects.map((s) => s.id));
  const seen = new Set<string>();
  for (const t of c.topics) {
    if (seen.has(t.id)) problems.push(`${join(dir, 'topics.yaml')}: topic "${t.id}" is defined twice.`);
    seen.add(t.id);
    for (const r of t.related) if (!topicIds.has(r)) problems.push(`${join(dir, 'topics.yaml')}: topic "${t.id}" lists related topic "${r}", which is not defined.`);
  }
  if (new Set(c.subjects.map((s) => s.id)).size !== c.subjects.length) problems.push(`${join(dir, 'subjects.yaml')}: two subjects share an id.`);
  c.chooser.forEach((q) => {
    for (const a of q.answers) {
      for (const w of a.weights) if ('topic' in w && !topicIds.has(w.topic)) problems.push(`${join(dir, 'chooser.yaml')}: question "${q.id}", answer "${a.id}" weighs topic "${w.topic}", which is not defined in topics.yaml.`);
    }
  });
  for (const entry of c.curation) {
    if (entry.set?.topic && !topicIds.has(entry.set.topic) && !RESERVED_TOPICS.has(entry.set.topic)) problems.push(`${join(dir, 'curation.yaml')}: claim ${entry.id} is set to topic "${entry.set.topic}", which is not defined.`);
    if (entry.set?.subject && !subjectIds.has(entry.set.subject)) problems.push(`${join(dir, 'curation.yaml')}: claim ${entry.id} is set to subject "${entry.set.subject}", which is not defined.`);
  }
  if (problems.length) throw new ContentError(problems.join('\n'));
}

// The taxonomy that ships with the product, used for every comparison (see default-topics.yaml). Next
// to this module when it runs from source (ingest); from the project root when Astro has bundled it.
const DEFAULT_TOPICS_FILE = 'default-topics.yaml';
function defaultTopicsDir(): string {
  const beside = fileURLToPath(new URL('.', import.meta.url));
  return existsSync(join(beside, DEFAULT_TOPICS_FILE)) ? beside : join(process.cwd(), 'src', 'content');
}

/** The default taxonomy, validated like any topics.yaml. */
export function defaultTopics(): Topic[] {
  return readContentFile(DEFAULT_TOPICS_FILE, topicsFileSchema, { dir: defaultTopicsDir() });
}

/**
 * The comparison's taxonomy: the default one, where a folder's own topics.yaml (optional) overrides
 * topics by id, in place, and adds its other topics after them.
 */
export function mergeTopics(base: readonly Topic[], own: readonly Topic[]): Topic[] {
  const overrides = new Map(own.map((t) => [t.id, t]));
  const merged = base.map((t) => overrides.get(t.id) ?? t);
  const known = new Set(base.map((t) => t.id));
  return [...merged, ...own.filter((t) => !known.has(t.id))];
}

const cache = new Map<string, Comparison>();

/** The comparison in a folder, every file validated and cross-checked; read once per process. */
export function loadComparison(dir = contentDir()): Comparison {
  const cached = cache.get(dir);
  if (cached) return cached;
  const c: Comparison = {
    dir,
    site: readContentFile('site.yaml', siteSchema, { dir }),
    subjects: readContentFile('subjects.yaml', subjectsFileSchema, { dir }),
    topics: mergeTopics(defaultTopics(), readContentFile('topics.yaml', topicsFileSchema, { dir, optional: true }) ?? []),
    chooser: readContentFile('chooser.yaml', chooserFileSchema, { dir, optional: true }) ?? [],
    curation: readContentFile('curation.yaml', curationFileSchema, { dir, optional: true }) ?? [],
  };
  crossCheck(c, dir);
  cache.set(dir, c);
  return c;
}
