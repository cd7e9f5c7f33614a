// The thread claimTitlesInBackground starts (claim-titles.ts): works the titles out and sends them back.
import { parentPort, workerData } from 'node:worker_threads';
import { claimTitles } from './claim-titles.ts';

parentPort!.postMessage(claimTitles((workerData as { content: string }).content));
