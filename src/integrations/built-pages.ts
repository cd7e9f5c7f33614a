// The HTML pages of a built site, for the steps that read them after the build (search index, headers).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every `.html` file under `dir`, except in the search index's own folder (`dir/pagefind/`), which is
 * not looked into: Pagefind may be writing it while the headers are worked out (search-index.ts).
 */
export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, top: boolean) => {
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!(top && e.name === 'pagefind')) walk(join(folder, e.name), false);
      } else if (e.isFile() && e.name.endsWith('.html')) found.push(join(folder, e.name));
    }
  };
  walk(dir, true);
  return found;
}

/** The file Astro writes for a page path with `build.format: 'directory'`: `a/b/` → `a/b/index.html`, `404` → `404.html`. */
export function pageFile(pathname: string): string {
  const path = pathname.replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}.html`;
}
