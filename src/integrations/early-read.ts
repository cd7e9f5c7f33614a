// Pagefind starts reading the pages of the last build that this one will most likely leave as they are
// before Astro has finished, so that little is left to read once it has (issue 14).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addFolder, newIndex, type PagefindIndex } from './pagefind-run.ts';
import { setPagefindNice, WHILE_ASTRO_BUILDS } from './pagefind-priority.ts';
import { currentArticleCopies, linkPages } from './search-pages.ts';

/**
 * Pagefind reading, while Astro still builds, the article pages the last build left that are likely to
 * stay as they are. Reading pages is most of Pagefind's time and runs on every core, while most of the
 * build runs on one; after one article is added to 1,000 the other 1,000 pages are already read when
 * the build ends (issue 14). The guess is checked against the finished pages (indexSearch).
 */
export type EarlyRead = { index: Promise<PagefindIndex>; pages: ReadonlySet<string>; read: Promise<number> };

/**
 * Whether an article page written at a given time will most likely come out the same: neither its
 * article file nor the comparison's data (names and labels every page shows) was written after it.
 */
function unchangedSince(content: string): (article: string, builtAt: number) => boolean {
  const data = readdirSync(content).filter((f) => /\.ya?ml$/.test(f));
  const dataTime = Math.max(0, ...data.map((f) => statSync(join(content, f)).mtimeMs));
  return (article, builtAt) => {
    try {
      return builtAt > dataTime && statSync(join(content, 'articles', `${article}.mdx`)).mtimeMs < builtAt;
    } catch {
      return false;
    }
  };
}

/** Starts an early read of `workDir`'s copies of the unchanged article pages in `site`, or returns undefined when there are none. */
export function readEarly(site: string, content: string, workDir: string): EarlyRead | undefined {
  const pages = currentArticleCopies(site, workDir, unchangedSince(content));
  if (!pages.length) return undefined;
  const folder = `${workDir}-early`;
  linkPages(workDir, pages, folder);
  // At the lowest priority while Astro builds: it reads in the time the build leaves idle (pagefind-priority.ts).
  const index = newIndex().then((i) => (setPagefindNice(WHILE_ASTRO_BUILDS), i));
  const read = index.then((i) => addFolder(i, folder, site));
  // Awaited (and its failure reported) in indexSearch; until then an early failure is not unhandled.
  read.catch(() => undefined);
  return { index, pages: new Set(pages), read };
}
