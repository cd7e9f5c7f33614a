// One ingest worker: loads the comparison's context once, then imports the sources it is sent, one at
// a time. It runs in its own thread so that the pool can stop a file that takes too long (a parser
// on a pathological input) without stopping the run.
import { parentPort, workerData } from 'node:worker_threads';
import { contextOf, loadContext, type ComparisonContext, type IngestContext } from './context.ts';
import type { WorkerStart } from './pool.ts';
import { ingestOne, type SourceFile } from './pipeline.ts';
import { describeFailure } from './problem.ts';

export interface WorkerTask {
  seq: number;
  src: SourceFile;
}

type Init = { contentDir: string; context?: ComparisonContext | undefined };
const data = workerData as WorkerStart;
let ctx: IngestContext | undefined;

parentPort!.on('message', (message: WorkerTask | { init: Init }) => {
  if ('init' in message) {
    start(message.init);
    return;
  }
  const task = message;
  try {
    // Sent as JSON, the form the results cache stores: the main thread then writes the entry as it is,
    // instead of serializing every result again once all are in (issue 14), and a string is cheaper to
    // pass between threads than the object itself.
    parentPort!.postMessage({ seq: task.seq, ok: true, json: JSON.stringify(ingestOne(task.src, ctx!)) });
  } catch (e) {
    parentPort!.postMessage({ seq: task.seq, ok: false, problem: describeFailure(e) });
  }
});

function start(init: Init): void {
  ctx = init.context ? contextOf(init.context) : loadContext(init.contentDir);
  // One small article before saying ready: the first import compiles every step's patterns, and that
  // one-off cost must not count against the first real file's time limit.
  // A failure here is not the run's: real files report their own.
  try {
    ingestOne({ name: 'warm-up.md', bytes: new TextEncoder().encode('# Warm up\n\nA sentence (really?) with `code`.\n\n| a | b |\n| - | - |\n| c | ✅ |\n') }, ctx);
  } catch {
    // nothing to report
  }
  parentPort!.postMessage({ ready: true });
}

// A spare worker (pool.ts) waits for its comparison; others have it from the start.
if (!('later' in data)) start(data);
