// The built pages as Pagefind should see them (article pages with their cited sentences marked as
// sub-results, claim-anchors.ts), in a folder kept between builds. A page whose file and whose claim
// titles are unchanged since the last build is not read, marked or written again: after one article is
// added to 1,000, that is one article page and the few pages drawn from every claim, not 1,030.
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, type Stats, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, sep } from 'node:path';
import { htmlFiles } from './built-pages.ts';
import { markClaims } from './claim-anchors.ts';

const MANIFEST = 'pages.json';
const ARTICLE_PAGE = /^articles\/([^/]+)\/index\.html$/;

function readManifest(dir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Record<string, string>;
  } catch {
    // No folder from an earlier build (or an unreadable one): every page is written.
    return {};
  }
}

/** The part of a manifest key that the built file alone decides: its size and time. */
const fileKey = (stat: Stats) => `${stat.size}:${stat.mtimeMs}`;

/**
 * The article pages whose copy in `dir` is up to date with the page `site` holds now, and for which
 * `unchanged(article id, time the page was written)` holds, as relative paths: before a build, the pages
 * it will most likely leave as they are. Whether they really are is only known after the build
 * (preparePages' `rewritten`).
 */
export function currentArticleCopies(site: string, dir: string, unchanged: (article: string, builtAt: number) => boolean): string[] {
  const current: string[] = [];
  for (const [rel, key] of Object.entries(readManifest(dir))) {
    const article = ARTICLE_PAGE.exec(rel)?.[1];
    if (article === undefined || !existsSync(join(dir, rel))) continue;
    try {
      const stat = statSync(join(site, rel));
      if (key.startsWith(`${fileKey(stat)}:`) && unchanged(article, stat.mtimeMs)) current.push(rel);
    } catch {
      // the page is gone
    }
  }
  return current;
}

/**
 * Makes `to` a folder of hard links to exactly the files `rels` of `from`, so that Pagefind can read a
 * part of the copy as a folder of its own. The folder is kept between builds and brought up to date: a
 * link still to the same file (inode) stays, others are made again, and files not in `rels` go. After
 * one article is added to 1,000 that is nothing to undo and one link to make. Made anew each build
 * on the thread pool, the 1,000 deletions and 2,000 links took about 0.45 s, during which Astro's own
 * reads waited behind them in the pool's queue and its start stalled.
 */
export function linkPages(from: string, rels: Iterable<string>, to: string): void {
  const wanted = new Set(rels);
  if (existsSync(to)) {
    for (const file of htmlFiles(to)) {
      const rel = relative(to, file).split(sep).join('/');
      if (!wanted.has(rel)) rmSync(file, { force: true });
    }
  }
  for (const rel of wanted) {
    const source = join(from, rel);
    const target = join(to, rel);
    try {
      if (statSync(target).ino === statSync(source).ino) continue;
      rmSync(target, { force: true });
    } catch {
      mkdirSync(dirname(target), { recursive: true });
    }
    linkSync(source, target);
  }
}

/** A manifest value's ending for a page Pagefind has nothing to read in: it is not copied. */
const UNINDEXED = '!';

/**
 * Brings `dir` up to date with the HTML pages of `site`: each page copied, an article page's cited
 * sentences marked with their titles (`titles`: article id → claim anchor → title). A page is known
 * unchanged by its size and time (the build leaves unchanged pages untouched) and a digest of its
 * titles. A page without `data-pagefind-body` (the article index, the comparison, the 404) is not copied:
 * Pagefind would leave it out anyway, once it had parsed it (3 MB for nothing after each rebuild at 1,000
 * articles). Copies of pages no longer built are removed. Returns the number of pages to index and of
 * anchors, how many pages were written this time, and the relative paths of the pages to index and of
 * those written.
 */
export function preparePages(
  site: string,
  titles: ReadonlyMap<string, ReadonlyMap<string, string>>,
  dir: string,
): { pages: number; anchors: number; written: number; paths: Set<string>; rewritten: Set<string> } {
  mkdirSync(dir, { recursive: true });
  const before = readManifest(dir);
  const after: Record<string, string> = {};
  const paths = new Set<string>();
  const rewritten = new Set<string>();
  let anchors = 0;
  for (const file of htmlFiles(site)) {
    const rel = relative(site, file).split(sep).join('/');
    const copy = join(dir, rel);
    const article = ARTICLE_PAGE.exec(rel)?.[1];
    const own = article === undefined ? undefined : titles.get(article);
    const titleDigest = own
      ? createHash('sha1')
          .update(JSON.stringify([...own]))
          .digest('base64url')
      : '';
    const key = `${fileKey(statSync(file))}:${titleDigest}`;
    if (before[rel] === `${key}${UNINDEXED}`) {
      after[rel] = before[rel];
      continue;
    }
    if (own) anchors += own.size;
    if (before[rel] === key && existsSync(copy)) {
      after[rel] = key;
      paths.add(rel);
      continue;
    }
    // A new file, not the old one overwritten: a hard link to the old copy (linkPages) keeps what it was.
    rmSync(copy, { force: true });
    const html = readFileSync(file, 'utf8');
    // Only an attribute can turn a page's search body on; the words as text may give a false yes, never a false no.
    if (!html.includes('data-pagefind-body')) {
      after[rel] = `${key}${UNINDEXED}`;
      continue;
    }
    after[rel] = key;
    paths.add(rel);
    rewritten.add(rel);
    mkdirSync(dirname(copy), { recursive: true });
    if (!own) {
      writeFileSync(copy, html);
      continue;
    }
    const h1 =
      /<h1\b[^>]*>([\s\S]*?)<\/h1>/
        .exec(html)?.[1]
        ?.replace(/<[^>]*>/g, '')
        .trim() ?? article!;
    writeFileSync(copy, markClaims(html, own, { id: 'main', title: h1 }));
  }
  for (const rel of Object.keys(before)) if (!paths.has(rel)) rmSync(join(dir, rel), { force: true });
  writeFileSync(join(dir, MANIFEST), JSON.stringify(after));
  return { pages: paths.size, anchors, written: rewritten.size, paths, rewritten };
}
