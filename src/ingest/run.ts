import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Claim } from '../schemas/claim.ts';
import type { Curation } from '../schemas/curation.ts';
import { applyCuration } from './apply-curation.ts';
import type { IngestContext } from './context.ts';
import { ingestOne, type IngestResult, type SourceFile } from './pipeline.ts';
import { IngestError, warning } from './problem.ts';
import type { Problem } from '../schemas/problem.ts';

export interface Failure {
  name: string;
  problem: Problem;
}

export interface RunResult {
  results: IngestResult[];
  failures: Failure[];
  /** The combined claims file content, curated and sorted for stable output. */
  claims: Claim[];
  /** Curation entries that matched no claim (reported, so stale corrections get noticed). */
  unusedCuration: Curation[];
}

const SIDECAR = /\.meta\.ya?ml$/i;

/** Source files in a folder, sidecars and dotfiles excluded, in a stable order. */
export function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !SIDECAR.test(e.name))
    .map((e) => e.name)
    .sort();
}

function readSidecar(dir: string, name: string): { data?: Record<string, unknown>; problem?: Problem } {
  const path = join(dir, `${name.replace(/\.[^.]+$/, '')}.meta.yaml`);
  if (!existsSync(path)) return {};
  try {
    const data: unknown = parse(readFileSync(path, 'utf8'));
    return typeof data === 'object' && data !== null ? { data: data as Record<string, unknown> } : {};
  } catch (e) {
    return { problem: warning(`Sidecar ${path} is not valid YAML (${(e as Error).message.split('\n')[0]}); ignored it.`, 'sidecar') };
  }
}

export interface Progress {
  (done: number, total: number, name: string): void;
}

/** Ingests every source of a folder; a failing file is recorded and skipped, never fatal to the rest. */
export function ingestFolder(dir: string, ctx: IngestContext, progress?: Progress): RunResult {
  const names = listSources(dir);
  const results: IngestResult[] = [];
  const failures: Failure[] = [];
  const ids = new Map<string, string>();
  names.forEach((name, i) => {
    progress?.(i, names.length, name);
    const sidecar = readSidecar(dir, name);
    const src: SourceFile = { name, bytes: readFileSync(join(dir, name)), sidecar: sidecar.data };
    try {
      const result = ingestOne(src, ctx);
      if (sidecar.problem) result.data.warnings.push(sidecar.problem);
      const clash = ids.get(result.id);
      if (clash) throw new IngestError(`Its article id "${result.id}" is already taken by ${clash}; rename one of the two files.`, 'ingest');
      ids.set(result.id, name);
      results.push(result);
    } catch (e) {
      if (e instanceof IngestError) failures.push({ name, problem: e.problem });
      else failures.push({ name, problem: { line: 1, column: 1, reason: `Unexpected failure while importing: ${(e as Error).message}. This is a bug in ingest; please report it with the file.`, rule: 'ingest', severity: 'error' } });
    }
  });
  progress?.(names.length, names.length, '');
  const extracted = results.flatMap((r) => r.claims).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { claims, unused } = applyCuration(extracted, ctx.curation);
  return { results, failures, claims, unusedCuration: unused };
}
