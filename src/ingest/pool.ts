import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../schemas/problem.ts';
import type { ComparisonContext } from './context.ts';
import { timeLimitMs } from './limits.ts';
import type { IngestResult, SourceFile } from './pipeline.ts';

/** `json` is the result as the worker sent it, for the cache to store without serializing it again. */
export type Outcome = { ok: true; result: IngestResult; json?: string } | { ok: false; problem: Problem };

export interface PoolOptions {
  /** Folder with subjects.yaml and topics.yaml, loaded by each worker unless `context` is given. */
  contentDir: string;
  /** The comparison already loaded, so that workers do not read and validate its files again. */
  context?: ComparisonContext | undefined;
  /** Base time limit per file in seconds (the limit grows with the file's size). */
  seconds?: number | undefined;
  /** Threads; defaults to the machine's cores, at most 4, never more than the files. */
  threads?: number | undefined;
  /** Called as each file finishes, in completion order, with its index in `sources`. */
  done?: (name: string, outcome: Outcome, index: number) => void;
}

const WORKER = new URL('./worker-entry.ts', import.meta.url);
// Ingest makes many short-lived objects (syntax trees, tokens, features): with V8's default young
// generation they were collected often and many were promoted to the old generation before dying.
// A larger one cut a cold 1,000-article run's CPU time by about 9% and its peak memory by 80 MB
// (three interleaved runs each, under load); 192 MB was no better.
const YOUNG_GENERATION_MB = 96;

function newWorker(workerData: WorkerStart): Worker {
  return new Worker(WORKER, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

/** What a worker is started with: its comparison, or `later` when it is sent once the run knows it. */
export type WorkerStart = { contentDir: string; context?: ComparisonContext | undefined } | { later: true };

let spare: Worker | undefined;

/**
 * Starts one worker before the run has read its options, the comparison or the cache: loading the
 * pipeline's modules (about 0.7 s) is most of a one-article run, and this way it overlaps with the
 * CLI's own start. The worker waits for its comparison (sent by the pool that takes it). It does not
 * keep the process alive: a run with nothing to ingest ends without it.
 */
export function startSpareWorker(): void {
  if (spare) return;
  const w = newWorker({ later: true });
  // A worker that fails while nobody has taken it is dropped; the pool then starts its own.
  w.once('error', () => {
    if (spare === w) spare = undefined;
  });
  w.unref();
  spare = w;
}

/** Whether a spare worker is waiting to be taken (for tests). */
export const hasSpareWorker = (): boolean => spare !== undefined;

/** The spare worker, given its comparison, or undefined when there is none. */
function takeSpare(init: { contentDir: string; context?: ComparisonContext | undefined }): Worker | undefined {
  const w = spare;
  spare = undefined;
  if (!w) return undefined;
  w.ref();
  w.postMessage({ init });
  return w;
}

function failed(rule: string, reason: string): Outcome {
  return { ok: false, problem: { line: 1, column: 1, severity: 'error', rule, reason } };
}

/**
 * Imports sources on worker threads, each file under a time limit: a file that runs over it is
 * refused with a message and its worker replaced, so one pathological article never hangs the run.
 * Results come back in the order of `sources`.
 */
export async function ingestInWorkers(sources: SourceFile[], options: PoolOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(sources.length);
  const threads = Math.max(1, Math.min(options.threads ?? Math.min(4, availableParallelism()), sources.length));
  let next = 0;

  const runThread = async (): Promise<void> => {
    let worker: Worker | undefined;
    let ready: Promise<void> | undefined;
    const start = () => {
      const init = { contentDir: options.contentDir, context: options.context };
      worker = takeSpare(init) ?? newWorker(init);
      const w = worker;
      ready = new Promise((resolve, reject) => {
        const onMessage = (m: { ready?: boolean }) => {
          if (m.ready) {
            w.off('message', onMessage);
            w.off('error', reject);
            resolve();
          }
        };
        w.on('message', onMessage);
        w.once('error', reject);
      });
    };
    try {
      while (next < sources.length) {
        const seq = next++;
        const src = sources[seq]!;
        if (!worker) start();
        await ready;
        const w = worker!;
        const limit = timeLimitMs(src.bytes.length, options.seconds);
        outcomes[seq] = await new Promise<Outcome>((resolve) => {
          const timer = setTimeout(() => {
            cleanup();
            void w.terminate();
            worker = undefined;
            const seconds = Math.round(limit / 100) / 10;
            resolve(
              failed(
                'limits',
                `Importing this file took longer than ${seconds} s, the limit for a file of its size, so it was stopped and nothing was imported. Its structure is probably pathological (very deep nesting, or huge paragraphs full of markup); simplify or split it.`,
              ),
            );
          }, limit);
          const onMessage = (m: { seq: number; ok: boolean; json?: string; problem?: Problem }) => {
            if (m.seq !== seq) return;
            cleanup();
            resolve(m.ok ? { ok: true, result: JSON.parse(m.json!) as IngestResult, json: m.json! } : { ok: false, problem: m.problem! });
          };
          const onError = (e: Error) => {
            cleanup();
            worker = undefined;
            resolve(failed('ingest', `The import worker failed on this file (${e.message}); nothing was imported. This is a bug in ingest; please report it with the file.`));
          };
          const cleanup = () => {
            clearTimeout(timer);
            w.off('message', onMessage);
            w.off('error', onError);
          };
          w.on('message', onMessage);
          w.once('error', onError);
          w.postMessage({ seq, src });
        });
        options.done?.(src.name, outcomes[seq], seq);
      }
    } finally {
      await worker?.terminate();
    }
  };

  await Promise.all(Array.from({ length: threads }, runThread));
  return outcomes;
}
