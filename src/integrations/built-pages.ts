// The HTML pages of a built site, for the steps that read them after the build (search index, headers).
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every `.html` file under `dir`, except in the search index's own folder (`dir/pagefind/`). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !relative(dir, path).startsWith(`pagefind${sep}`));
}
