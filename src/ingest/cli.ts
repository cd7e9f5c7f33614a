// `npm run ingest`: turns the compile cache on before the command's modules load (static imports would
// load them first), as each worker does (worker-entry.ts), then runs the command (cli-main.ts). Every
// run otherwise stripped the types of the CLI's own ~40 modules again before a worker could start.
import { enableCodeCache } from './code-cache.ts';

enableCodeCache();
await import('./cli-main.ts');
