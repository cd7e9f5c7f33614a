import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Claim } from '../schemas/claim.ts';
import type { Curation } from '../schemas/curation.ts';
import type { Problem } from '../schemas/problem.ts';
import { applyCuration } from './apply-curation.ts';
import type { IngestCache } from './cache.ts';
import type { IngestContext } from './context.ts';
import { articleId, ingestOne, type IngestResult, type SourceFile } from './pipeline.ts';
import { ingestInWorkers, type Outcome } from './pool.ts';
import { describeFailure, warning } from './problem.ts';

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

function readSources(dir: string, names: string[]): { sources: SourceFile[]; sidecarProblems: Array<Problem | undefined> } {
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
function collect(names: string[], outcomes: Outcome[], sidecarProblems: Array<Problem | undefined>, skipped: Skipped[], curation: Curation[], previous: Previous): RunResult {
  const claimants = new Map<string, string[]>();
  names.forEach((name) => {
    const id = articleId(name);
    claimants.set(id, [...(claimants.get(id) ?? []), name]);
  });
  const winner = (id: string): string => {
    const all = claimants.get(id)!;
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
  previous?: Previous | undefined;
}

/** Ingests every source of a folder in this thread; a failing file is recorded, never fatal to the rest. */
export function ingestFolder(dir: string, ctx: IngestContext, options: RunOptions = {}): RunResult {
  const { names, skipped } = listSources(dir);
  const { sources, sidecarProblems } = readSources(dir, names);
  const outcomes = sources.map((src, i): Outcome => {
    options.progress?.(i, sources.length, src.name);
    try {
      return { ok: true, result: ingestOne(src, ctx) };
    } catch (e) {
      return { ok: false, problem: describeFailure(e) };
    }
  });
  options.progress?.(sources.length, sources.length, '');
  return collect(names, outcomes, sidecarProblems, skipped, ctx.curation, options.previous ?? NO_PREVIOUS);
}

/**
 * The same on worker threads, each file under a time limit, so a pathological file is stopped and
 * reported instead of hanging the run. This is what the CLI uses.
 */
export async function ingestFolderIsolated(
  dir: string,
  ctx: IngestContext,
  contentDir: string,
  options: RunOptions & { seconds?: number | undefined; threads?: number | undefined; cache?: IngestCache | undefined } = {},
): Promise<RunResult & { cached: number }> {
  const { names, skipped } = listSources(dir);
  const { sources, sidecarProblems } = readSources(dir, names);
  // Unchanged sources come from the cache; only the rest go to the workers.
  const outcomes: Array<Outcome | undefined> = sources.map((src) => {
    const hit = options.cache?.get(src);
    return hit && { ok: true, result: hit };
  });
  const todo = sources.map((_, i) => i).filter((i) => outcomes[i] === undefined);
  const cached = sources.length - todo.length;
  let done = cached;
  options.progress?.(done, sources.length, '');
  const fresh = await ingestInWorkers(
    todo.map((i) => sources[i]!),
    { contentDir, seconds: options.seconds, threads: options.threads, done: (name) => options.progress?.(++done, sources.length, name) },
  );
  fresh.forEach((outcome, k) => {
    const i = todo[k]!;
    outcomes[i] = outcome;
    // Failures are not kept: a file refused for its time limit may pass on a quieter machine.
    if (outcome.ok) options.cache?.put(sources[i]!, outcome.result);
  });
  // Every slot is filled now: a cache hit above, or the workers' outcome.
  return { ...collect(names, outcomes as Outcome[], sidecarProblems, skipped, ctx.curation, options.previous ?? NO_PREVIOUS), cached };
}
