// `npm run ingest`: turns the compile cache on before the command's modules load (static imports would
// load them first), as each worker does (worker-entry.ts), then runs the command (cli-main.ts). Every
// run otherwise stripped the types of the CLI's own ~40 modules again before a worker could start.
import { enableCodeCache } from './code-cache.ts';
import { startSpareWorker } from './pool.ts';

enableCodeCache();
// A run that may ingest starts its first worker now, so that the pipeline loads while this thread
// loads the CLI, the comparison and the cache (pool.ts). `--check` (every build) and `init` rarely
// need one, and `--help` never.
const args = process.argv.slice(2);
if (args[0] !== 'init' && !args.some((a) => a === '--check' || a === '--help' || a === '-h')) startSpareWorker();
await import('./cli-main.ts');
