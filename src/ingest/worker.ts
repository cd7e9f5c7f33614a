// One ingest worker: loads the comparison's context once, then imports the sources it is sent, one at
// a time. It runs in its own thread so that the pool can stop a file that takes too long (a parser
// on a pathological input) without stopping the run.
import { parentPort, workerData } from 'node:worker_threads';
import { loadContext } from './context.ts';
import { ingestOne, type SourceFile } from './pipeline.ts';
import { describeFailure } from './problem.ts';

export interface WorkerTask {
  seq: number;
  src: SourceFile;
}

const ctx = loadContext((workerData as { contentDir: string }).contentDir);

parentPort!.on('message', (task: WorkerTask) => {
  try {
    parentPort!.postMessage({ seq: task.seq, ok: true, result: ingestOne(task.src, ctx) });
  } catch (e) {
    parentPort!.postMessage({ seq: task.seq, ok: false, problem: describeFailure(e) });
  }
});
// One small article before saying ready: the first import compiles every step's patterns, and that
// one-off cost must not count against the first real file's time limit.
// A failure here is not the run's: real files report their own.
try {
  ingestOne({ name: 'warm-up.md', bytes: new TextEncoder().encode('# Warm up\n\nA sentence (really?) with `code`.\n\n| a | b |\n| - | - |\n| c | ✅ |\n') }, ctx);
} catch {
  // nothing to report
}
parentPort!.postMessage({ ready: true });
