// A run over a sources folder: which files are sources, reading them with their sidecars, running them on
// worker threads (or taking them from the cache), and settling the outcomes into articles and claims.
// It does not import the pipeline itself, so the CLI's own thread does not load the ~100 modules only
// workers need (ingestFolder in run.ts runs the pipeline in this thread, for tests).
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Claim } from '../schemas/claim.ts';
import type { Curation } from '../schemas/curation.ts';
import type { Problem } from '../schemas/problem.ts';
import { applyCuration } from './apply-curation.ts';
import type { IngestCache } from './cache.ts';
import type { ComparisonContext } from './context.ts';
import { articleId } from './article-id.ts';
import type { IngestResult, SourceFile } from './pipeline.ts';
import { ingestInWorkers, type Outcome } from './pool.ts';
import { warning } from './problem.ts';

export interface Failure {
  name: string;
  problem: Problem;
  /** The article file an earlier run wrote for this source, kept because this run could not replace it. */
  kept?: string;
}

/** A file in the sources folder that is not read as an article, and why. */
export interface Skipped {
  name: string;
  reason: string;
}

/** An article from an earlier run, kept unchanged because its source failed this time. */
export interface Kept {
  id: string;
  mdx: string;
  claims: Claim[];
}

export interface RunResult {
  results: IngestResult[];
  failures: Failure[];
  skipped: Skipped[];
  kept: Kept[];
  /** The combined claims file content, curated and sorted for stable output. */
  claims: Claim[];
  /** Curation entries that matched no claim (reported, so stale corrections get noticed). */
  unusedCuration: Curation[];
}

/** What an earlier run left in the output folder: which source made which article, and its claims. */
export interface Previous {
  /** Source file name that wrote `<id>.mdx`. */
  owner(id: string): string | undefined;
  /** The article an earlier run wrote for a source. */
  article(name: string): { id: string; mdx: string } | undefined;
  claims(id: string): Claim[];
}

export const NO_PREVIOUS: Previous = { owner: () => undefined, article: () => undefined, claims: () => [] };

const SIDECAR = /\.meta\.ya?ml$/i;

/** The sources of a folder in a stable order, and every other entry with the reason it is not read. */
export function listSources(dir: string): { names: string[]; skipped: Skipped[] } {
  const names: string[] = [];
  const skipped: Skipped[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const stems = new Set(entries.filter((e) => !SIDECAR.test(e.name)).map((e) => e.name.replace(/\.[^.]+$/, '')));
  for (const e of entries) {
    if (e.isSymbolicLink())
      skipped.push({ name: e.name, reason: 'it is a symbolic link; a source must be a regular file in this folder (a link could publish files from anywhere). Copy the article in instead.' });
    else if (e.isDirectory()) skipped.push({ name: e.name, reason: 'it is a folder; sources are not read from sub-folders.' });
    else if (!e.isFile()) skipped.push({ name: e.name, reason: 'it is not a regular file.' });
    else if (SIDECAR.test(e.name)) {
      if (!stems.has(e.name.replace(SIDECAR, ''))) skipped.push({ name: e.name, reason: 'it is a sidecar, but no article in the folder has that name.' });
    } else if (e.name.startsWith('.')) skipped.push({ name: e.name, reason: 'hidden files (names starting with ".") are not read as articles; rename it to import it.' });
    else names.push(e.name);
  }
  return { names, skipped };
}

function readSidecar(dir: string, name: string): { data?: Record<string, unknown>; problem?: Problem } {
  const stem = name.replace(/\.[^.]+$/, '');
  const path = [`${stem}.meta.yaml`, `${stem}.meta.yml`].map((f) => join(dir, f)).find((p) => existsSync(p) && lstatSync(p).isFile());
  if (!path) return {};
  try {
    const data: unknown = parse(readFileSync(path, 'utf8'), { maxAliasCount: 100 });
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return { data: data as Record<string, unknown> };
    return { problem: warning(`Sidecar ${path} is not a list of fields (key: value); ignored it.`, 'sidecar') };
  } catch (e) {
    return { problem: warning(`Sidecar ${path} could not be read (${(e as Error).message.split('\n')[0]}); ignored it.`, 'sidecar') };
  }
}

export function readSources(dir: string, names: string[]): { sources: SourceFile[]; sidecarProblems: Array<Problem | undefined> } {
  const sidecars = names.map((name) => readSidecar(dir, name));
  return {
    sources: names.map((name, i) => ({ name, bytes: readFileSync(join(dir, name)), sidecar: sidecars[i]!.data })),
    sidecarProblems: sidecars.map((s) => s.problem),
  };
}

/**
 * Turns per-file outcomes into the run: id clashes decided (the source that made the article before
 * keeps it; otherwise the first by name), failed sources keep their earlier article, claims curated.
 */
export function collect(names: string[], outcomes: Outcome[], sidecarProblems: Array<Problem | undefined>, skipped: Skipped[], curation: Curation[], previous: Previous): RunResult {
  const claimants = new Map<string, string[]>();
  names.forEach((name) => {
    const id = articleId(name);
    claimants.set(id, [...(claimants.get(id) ?? []), name]);
  });
  const winner = (id: string): string => {
    const all = claimants.get(id)!;
    // A sole claimant wins whoever made the article before: the earlier output is not consulted.
    if (all.length === 1) return all[0]!;
    const before = previous.owner(id);
    return before !== undefined && all.includes(before) ? before : all[0]!;
  };

  const results: IngestResult[] = [];
  const failures: Failure[] = [];
  const kept: Kept[] = [];
  names.forEach((name, i) => {
    const id = articleId(name);
    const owner = winner(id);
    if (owner !== name) {
      failures.push({
        name,
        problem: {
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'ingest',
          reason: `Its article id "${id}" belongs to ${owner}, which ${previous.owner(id) === owner ? 'made that article before' : 'comes first by name'}; nothing was imported, so that article is not taken over. Rename this file so that its name gives another id.`,
        },
      });
      return;
    }
    const outcome = outcomes[i]!;
    if (outcome.ok) {
      const problem = sidecarProblems[i];
      if (problem) outcome.result.data.warnings.push(problem);
      results.push(outcome.result);
      return;
    }
    const earlier = previous.article(name);
    if (earlier && earlier.id === id) {
      kept.push({ id, mdx: earlier.mdx, claims: previous.claims(id) });
      failures.push({ name, problem: outcome.problem, kept: `${id}.mdx` });
    } else failures.push({ name, problem: outcome.problem });
  });
  const extracted = [...results.flatMap((r) => r.claims), ...kept.flatMap((k) => k.claims)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { claims, unused } = applyCuration(extracted, curation);
  return { results, failures, skipped, kept, claims, unusedCuration: unused };
}

export interface Progress {
  (done: number, total: number, name: string): void;
}

export interface RunOptions {
  progress?: Progress | undefined;
  /** What earlier runs wrote; a function is called only once the workers are started, to overlap with them. */
  previous?: Previous | (() => Previous) | undefined;
}

export function previousOf(options: RunOptions): Previous {
  return (typeof options.previous === 'function' ? options.previous() : options.previous) ?? NO_PREVIOUS;
}

/**
 * Ingests every source of a folder on worker threads, each file under a time limit, so a pathological
 * file is stopped and reported instead of hanging the run. This is what the CLI uses.
 */
export async function ingestFolderIsolated(
  dir: string,
  // The part of the context a run needs in this thread: workers are sent it and compile the rest.
  ctx: ComparisonContext,
  contentDir: string,
  options: RunOptions & { seconds?: number | undefined; threads?: number | undefined; cache?: IngestCache | undefined } = {},
): Promise<RunResult & { cached: number }> {
  const { names, skipped } = listSources(dir);
  const { sources, sidecarProblems } = readSources(dir, names);
  let done = 0;
  const run = (indices: number[]): Promise<Outcome[]> =>
    indices.length === 0
      ? Promise.resolve([])
      : ingestInWorkers(
          indices.map((i) => sources[i]!),
          {
            contentDir,
            context: { subjects: ctx.subjects, topics: ctx.topics, curation: ctx.curation },
            seconds: options.seconds,
            threads: options.threads,
            done: (name, outcome, k) => {
              // Stored as each result comes in, while the workers go on, not all at the end of the run.
              // Failures are not kept: a file refused for its time limit may pass on a quieter machine.
              if (outcome.ok) options.cache?.put(sources[indices[k]!]!, outcome.result, outcome.json);
              options.progress?.(++done, sources.length, name);
            },
          },
        );
  // Sources with no cache entry go to the workers first, so that their start-up (loading the pipeline,
  // about 0.7 s) overlaps with reading the cache entries and the previous output here.
  const stored = sources.map((src) => options.cache?.has(src) === true);
  const missing = sources.map((_, i) => i).filter((i) => !stored[i]);
  const working = run(missing);
  const outcomes: Array<Outcome | undefined> = sources.map((src, i) => {
    const hit = stored[i] ? options.cache?.get(src) : undefined;
    return hit && { ok: true, result: hit };
  });
  // An entry that exists but cannot be read is a miss too: those few are ingested after the others.
  const damaged = sources.map((_, i) => i).filter((i) => stored[i] && outcomes[i] === undefined);
  const cached = sources.length - missing.length - damaged.length;
  done += cached;
  options.progress?.(done, sources.length, '');
  const previous = previousOf(options);
  const todo = [...missing, ...damaged];
  const fresh = [...(await working), ...(await run(damaged))];
  fresh.forEach((outcome, k) => {
    outcomes[todo[k]!] = outcome;
  });
  // Every slot is filled now: a cache hit above, or the workers' outcome.
  return { ...collect(names, outcomes as Outcome[], sidecarProblems, skipped, ctx.curation, previous), cached };
}
