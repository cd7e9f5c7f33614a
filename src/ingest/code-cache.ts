// Every ingest worker loads about a hundred modules (the MDX writer, the MDX checker, the claims
// engine), and Node strips the TypeScript and compiles each of them again in every thread: about 0.7 s
// per worker, most of a one-article re-run. Node's compile cache keeps the compiled code on disk, keyed
// by each file's contents, so a changed file is compiled again and never served stale. It sits in
// node_modules/.cache/ beside the results cache, trusted as node_modules' own code is. The CLI's own
// thread uses it too (cli.ts).
import module from 'node:module';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Turns the compile cache on for the modules this thread loads from now on; a failure only means no cache. */
export function enableCodeCache(dir = join(ROOT, 'node_modules', '.cache', 'versus-ingest-code')): void {
  // Returns a status instead of throwing (a read-only folder, say): the modules are then compiled as before.
  module.enableCompileCache(dir);
}
