// The built pages as Pagefind should see them (article pages with their cited sentences marked as
// sub-results, claim-anchors.ts), in a folder kept between builds. A page whose file and whose claim
// titles are unchanged since the last build is not read, marked or written again: after one article is
// added to 1,000, that is one article page and the few pages drawn from every claim, not 1,030.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, sep } from 'node:path';
import { htmlFiles } from './built-pages.ts';
import { markClaims } from './claim-anchors.ts';

const MANIFEST = 'pages.json';

/**
 * Brings `dir` up to date with the HTML pages of `site`: each page copied, an article page's cited
 * sentences marked with their titles (`titles`: article id → claim anchor → title). A page is known
 * unchanged by its size and time (the build leaves unchanged pages untouched) and a digest of its
 * titles. Copies of pages no longer built are removed. Returns the number of pages and of anchors, and
 * how many pages were written this time.
 */
export function preparePages(site: string, titles: ReadonlyMap<string, ReadonlyMap<string, string>>, dir: string): { pages: number; anchors: number; written: number } {
  mkdirSync(dir, { recursive: true });
  let before: Record<string, string> = {};
  try {
    before = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Record<string, string>;
  } catch {
    // No folder from an earlier build (or an unreadable one): every page is written.
  }
  const after: Record<string, string> = {};
  let anchors = 0;
  let written = 0;
  for (const file of htmlFiles(site)) {
    const rel = relative(site, file).split(sep).join('/');
    const copy = join(dir, rel);
    const article = /^articles\/([^/]+)\/index\.html$/.exec(rel)?.[1];
    const own = article === undefined ? undefined : titles.get(article);
    const stat = statSync(file);
    const titleDigest = own
      ? createHash('sha1')
          .update(JSON.stringify([...own]))
          .digest('base64url')
      : '';
    const key = `${stat.size}:${stat.mtimeMs}:${titleDigest}`;
    after[rel] = key;
    if (own) anchors += own.size;
    if (before[rel] === key && existsSync(copy)) continue;
    written++;
    mkdirSync(dirname(copy), { recursive: true });
    if (!own) {
      // Pages without data-pagefind-body (the 404) are left out by Pagefind itself.
      copyFileSync(file, copy);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    const h1 =
      /<h1\b[^>]*>([\s\S]*?)<\/h1>/
        .exec(html)?.[1]
        ?.replace(/<[^>]*>/g, '')
        .trim() ?? article!;
    writeFileSync(copy, markClaims(html, own, { id: 'main', title: h1 }));
  }
  for (const rel of Object.keys(before)) if (!(rel in after)) rmSync(join(dir, rel), { force: true });
  writeFileSync(join(dir, MANIFEST), JSON.stringify(after));
  return { pages: Object.keys(after).length, anchors, written };
}
