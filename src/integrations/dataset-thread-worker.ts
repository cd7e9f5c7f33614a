// The thread datasetInBackground starts (dataset-thread.ts): works the files out and hands their bytes over (moved, not copied).
import { parentPort, workerData } from 'node:worker_threads';
import { datasetBytes } from './dataset-thread.ts';

const { content, base } = workerData as { content: string; base: string };
const bytes = datasetBytes(content, base);
parentPort!.postMessage(bytes, [bytes.json.buffer, bytes.csv.buffer]);
