// One ingest worker: loads the comparison's context once, then imports the sources it is sent, one at
// a time. It runs in its own thread so that the pool can stop a file that takes too long (a parser
// on a pathological input) without stopping the run.
import { parentPort, workerData } from 'node:worker_threads';
import { contextOf, loadContext, type ComparisonContext } from './context.ts';
import { ingestOne, type SourceFile } from './pipeline.ts';
import { describeFailure } from './problem.ts';

export interface WorkerTask {
  seq: number;
  src: SourceFile;
}

const data = workerData as { contentDir: string; context?: ComparisonContext };
const ctx = data.context ? contextOf(data.context) : loadContext(data.contentDir);

parentPort!.on('message', (task: WorkerTask) => {
  try {
    // Sent as JSON, the form the results cache stores: the main thread then writes the entry as it is,
    // instead of serializing every result again once all are in (issue 14), and a string is cheaper to
    // pass between threads than the object itself.
    parentPort!.postMessage({ seq: task.seq, ok: true, json: JSON.stringify(ingestOne(task.src, ctx)) });
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
