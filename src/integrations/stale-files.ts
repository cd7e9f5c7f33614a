// The build writes into its last output instead of emptying it first (astro.config.mjs: `emptyOutDir`),
// so an article page the incremental cache says is unchanged stays where it is: no copy back from the
// cache (emptying and copying 1,000 pages took about 1.2 s of a 10 s rebuild, issue 14). What that
// leaves behind is removed here, before the search index and the headers read the folder: every file
// this build did not write and that is not one of its pages (a removed article's page, old scripts).
// The search index's folder is left to search-index.ts, which replaces it whole.
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageFile } from './built-pages.ts';

/**
 * Every file under `dir` (relative path with `/`) and when it was last written. Neither `.git` nor the
 * top-level folders in `skip` (those another step of the build replaces whole) are looked into.
 */
export function snapshot(dir: string, skip: ReadonlySet<string> = new Set()): Map<string, number> {
  const files = new Map<string, number>();
  const walk = (folder: string, prefix: string) => {
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      const rel = `${prefix}${e.name}`;
      if (e.isDirectory()) {
        if (!(prefix === '' && (e.name === '.git' || skip.has(e.name)))) walk(join(folder, e.name), `${rel}/`);
      } else if (e.isFile()) files.set(rel, statSync(join(folder, e.name)).mtimeMs);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return files;
}

/**
 * Deletes each file of `before` that is still there unchanged (same time) and is not in `keep`, then
 * the folders that leaves empty (neither `.git` nor those in `skip`). Returns the relative paths removed.
 */
export function removeStale(dir: string, before: ReadonlyMap<string, number>, keep: ReadonlySet<string>, skip: ReadonlySet<string> = new Set()): string[] {
  const removed: string[] = [];
  for (const [rel, mtime] of snapshot(dir, skip)) {
    if (before.get(rel) !== mtime || keep.has(rel)) continue;
    rmSync(join(dir, rel), { force: true });
    removed.push(rel);
  }
  const prune = (folder: string): boolean => {
    let empty = true;
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      if (e.isDirectory() && !(folder === dir && (e.name === '.git' || skip.has(e.name))) && prune(join(folder, e.name))) rmdirSync(join(folder, e.name));
      else empty = false;
    }
    return empty;
  };
  prune(dir);
  return removed;
}

/** `skip`: top-level folders of the output that another integration replaces whole (the search index). */
export default function staleFiles({ skip = [] }: { skip?: string[] } = {}): AstroIntegration {
  const skipped = new Set(skip);
  let outDir = '';
  let before = new Map<string, number>();
  return {
    name: 'stale-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        before = snapshot(outDir, skipped);
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const removed = removeStale(fileURLToPath(dir), before, new Set(pages.map((p) => pageFile(p.pathname))), skipped);
        if (removed.length) logger.info(`removed ${removed.length} file(s) the last build wrote and this one did not`);
      },
    },
  };
}
