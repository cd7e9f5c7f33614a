// The build writes into its last output instead of emptying it first (astro.config.mjs: `emptyOutDir`),
// so an article page the incremental cache says is unchanged stays where it is: no copy back from the
// cache (emptying and copying 1,000 pages took about 1.2 s of a 10 s rebuild, issue 14). What that
// leaves behind is removed here, before the search index and the headers read the folder: every file
// this build did not write and that is not one of its pages (a removed article's page, old scripts,
// the last search index, which Pagefind then writes anew).
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The file Astro writes for a page path with `build.format: 'directory'`: `a/b/` → `a/b/index.html`, `404` → `404.html`. */
export function pageFile(pathname: string): string {
  const path = pathname.replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}.html`;
}

/** Every file under `dir` (relative path with `/`) and when it was last written; `.git` is not looked into. */
export function snapshot(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  if (!existsSync(dir)) return files;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const rel = relative(dir, path).split(sep).join('/');
    if (rel === '.git' || rel.startsWith('.git/')) continue;
    files.set(rel, statSync(path).mtimeMs);
  }
  return files;
}

/**
 * Deletes each file of `before` that is still there unchanged (same time) and is not in `keep`, then
 * the folders that leaves empty. Returns the relative paths removed.
 */
export function removeStale(dir: string, before: ReadonlyMap<string, number>, keep: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  for (const [rel, mtime] of snapshot(dir)) {
    if (before.get(rel) !== mtime || keep.has(rel)) continue;
    rmSync(join(dir, rel), { force: true });
    removed.push(rel);
  }
  const prune = (folder: string): boolean => {
    let empty = true;
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      if (e.isDirectory() && !(folder === dir && e.name === '.git') && prune(join(folder, e.name))) rmdirSync(join(folder, e.name));
      else empty = false;
    }
    return empty;
  };
  prune(dir);
  return removed;
}

export default function staleFiles(): AstroIntegration {
  let outDir = '';
  let before = new Map<string, number>();
  return {
    name: 'stale-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        before = snapshot(outDir);
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const removed = removeStale(fileURLToPath(dir), before, new Set(pages.map((p) => pageFile(p.pathname))));
        // The last search index goes every time (Pagefind writes the new one next): not worth a line.
        const left = removed.filter((rel) => !rel.startsWith('pagefind/'));
        if (left.length) logger.info(`removed ${left.length} file(s) the last build wrote and this one did not`);
      },
    },
  };
}
