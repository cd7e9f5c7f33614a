// A result worked out on a worker thread while the build goes on (claim-titles.ts, dataset-thread.ts):
// the worker module posts one message, its answer; the thread is then ended.
import { Worker } from 'node:worker_threads';

/** Runs the worker module at `url` with `data` as its workerData; resolves with its one message, rejects if it fails or ends without one. */
export function onThread<T>(url: URL, data: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: data });
    worker.once('message', (answer: T) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', reject);
    // After an answer this rejects a settled promise, which does nothing.
    worker.once('exit', (code) => reject(new Error(`the ${what} worker exited (${code}) without an answer`)));
  });
}
