// The file a worker thread starts from: it turns the compile cache on before the pipeline's modules
// load (static imports would load them first), then runs the worker (worker.ts).
import { enableCodeCache } from './code-cache.ts';

enableCodeCache();
await import('./worker.ts');
