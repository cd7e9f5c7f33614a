// Ingest in the calling thread, for tests and scripts that want results without workers; the CLI uses
// ingestFolderIsolated (folder-run.ts). Everything of folder-run.ts is exported from here too.
import type { IngestContext } from './context.ts';
import { collect, listSources, previousOf, readSources, type RunOptions, type RunResult } from './folder-run.ts';
import { ingestOne } from './pipeline.ts';
import type { Outcome } from './pool.ts';
import { describeFailure } from './problem.ts';

export * from './folder-run.ts';

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
  return collect(names, outcomes, sidecarProblems, skipped, ctx.curation, previousOf(options));
}
