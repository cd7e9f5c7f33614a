// The search index, built at the end of `astro build` like Starlight does: Pagefind indexes the built
// pages and nothing else. A search still lands on the cited sentence: in the copy of each article page
// given to Pagefind, every claim's sentence is marked as a sub-result of the article
// (claim-anchors.ts). One record per claim (21,426 at 1,000 articles) made indexing most of the build
// and the first search twice Starlight's weight (issue 14).
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentDir } from '../content/load.ts';
import { claimTitles, claimTitlesInBackground, type ClaimTitles } from './claim-titles.ts';
import { setPagefindNice } from './pagefind-priority.ts';
import { readEarly, type EarlyRead } from './early-read.ts';
import { addFolder, newIndex, type PagefindIndex } from './pagefind-run.ts';
import { seedFragments, writeReusing } from './pagefind-reuse.ts';
import { linkPages, preparePages } from './search-pages.ts';

const UNUSED_BUNDLES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css'];

/**
 * Moves the last build's index out of the site at once (into `aside`, beside Pagefind's copy of the
 * pages), so that the new one is written into an empty folder; returns `aside`, or undefined if there
 * was none. Where it cannot be moved (another device), it is deleted now.
 */
function setAsideOldIndex(site: string, aside: string): string | undefined {
  const old = join(site, 'pagefind');
  if (!existsSync(old)) return undefined;
  try {
    rmSync(aside, { recursive: true, force: true });
    renameSync(old, aside);
    return aside;
  } catch {
    rmSync(old, { recursive: true, force: true });
    return undefined;
  }
}

/**
 * Deletes the old index set aside, on the thread pool while Pagefind writes the new one: deleting its
 * thousand files first took about 0.15 s of a rebuild. Out of the site already, a folder that cannot
 * be deleted is only worth a line, never a failed build.
 */
function deleteOldIndex(aside: string | undefined, log: (line: string) => void): Promise<void> {
  if (aside === undefined) return Promise.resolve();
  return rm(aside, { recursive: true, force: true }).catch((e: Error) => log(`The last search index, moved to ${aside}, could not be deleted (${e.message}).`));
}

/** Writes `index` into `folder`, without the ready-made UIs. */
async function writeIndex(index: PagefindIndex, folder: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
  // Pagefind writes its three ready-made UIs every time; the site has its own on the JS API, so they
  // would only be dead weight in every deploy (about 390 kB). pagefind.js, its worker, the highlighter
  // and the index stay.
  for (const ui of UNUSED_BUNDLES) rmSync(join(folder, ui), { force: true });
}

/**
 * Indexes the built site in `site` (made from the comparison in `content`) into `site/pagefind/`.
 * `workDir` keeps Pagefind's copy of the pages between builds; `early` is what Pagefind already read
 * during the build, used only if none of those pages changed. Resolves once every page is read, with
 * `written`, which resolves once the index is written: meanwhile the build can do other work.
 */
export async function startIndex(site: string, content: string, log: (line: string) => void, workDir?: string, early?: EarlyRead, titles?: Promise<ClaimTitles>): Promise<{ written: Promise<void> }> {
  try {
    return await readPages(site, content, log, workDir, early, titles);
  } catch (e) {
    // Pagefind's service would otherwise outlive the failed build.
    await pagefind.close();
    throw e;
  }
}

/** startIndex up to the write: every page read into an index, the old index set aside. */
async function readPages(site: string, content: string, log: (line: string) => void, workDir?: string, early?: EarlyRead, background?: Promise<ClaimTitles>): Promise<{ written: Promise<void> }> {
  const started = performance.now();
  // Astro is done: the service lowered for the early read gets its priority back where allowed (after
  // the lowering, which follows the service's start: early.index settles after both).
  if (early)
    void early.index.then(
      () => setPagefindNice(0),
      () => undefined,
    );
  // `npm run bench` splits the build's peak memory at this line.
  log('Pagefind: indexing the built pages…');
  // Worked out on a thread while Astro built (claim-titles.ts); here if that failed, with its error.
  const titles = (await background?.catch(() => undefined)) ?? claimTitles(content);
  // Finished before the copies change: a copy written below is a new file, and Pagefind has read the old.
  const waitStarted = performance.now();
  const earlyPages = early ? await early.read.then(() => early.pages).catch((e: Error) => (log(`Pagefind's early read failed (${e.message}); reading every page now.`), undefined)) : undefined;
  // How long the build waited for the early read once Astro was done, for the log.
  const waited = Math.round(performance.now() - waitStarted);
  // The pages as Pagefind should see them, in a folder it reads itself (in parallel, in its own
  // process): handed over one by one through its service, every page was copied four times in this
  // process (JSON, buffer, base64), garbage that grew the build's Node process while Pagefind ran. The
  // folder is kept in Astro's cache between builds (search-pages.ts); without one, a temporary folder.
  const pagesDir = workDir ?? mkdtempSync(join(tmpdir(), 'search-pages-'));
  let index: PagefindIndex;
  let pages: number;
  let anchors: number;
  try {
    const prepared = preparePages(site, titles, pagesDir);
    anchors = prepared.anchors;
    log(`Pagefind's copy: ${prepared.written} of ${prepared.pages} page(s) written, the rest unchanged since the last build.`);
    const changed = earlyPages && [...earlyPages].filter((rel) => prepared.rewritten.has(rel) || !prepared.paths.has(rel)).length;
    if (early && earlyPages && changed === 0) {
      // Every page read early is as the build left it: only the others are read now.
      index = await early.index;
      const rest = [...prepared.paths].filter((rel) => !earlyPages.has(rel));
      const restDir = `${pagesDir}-rest`;
      linkPages(pagesDir, rest, restDir);
      const restStarted = performance.now();
      pages = (await early.read) + (await addFolder(index, restDir, site));
      log(`Pagefind read ${earlyPages.size} unchanged page(s) during the build (waited ${waited} ms for the last of them) and ${rest.length} now (${Math.round(performance.now() - restStarted)} ms).`);
    } else {
      if (early) {
        if (changed) log(`Pagefind's early read is set aside: ${changed} of its ${earlyPages!.size} page(s) changed in this build; reading every page now.`);
        await early.index.then((i) => i.deleteIndex()).catch(() => undefined);
      }
      index = await newIndex();
      pages = await addFolder(index, pagesDir, site);
    }
  } finally {
    if (!workDir) rmSync(pagesDir, { recursive: true, force: true });
  }
  const folder = join(site, 'pagefind');
  const aside = setAsideOldIndex(site, `${pagesDir}-old-index`);
  // The fragments of unchanged pages, from the last index, so that Pagefind need not compress them again
  // (pagefind-reuse.ts); only where the copy of the pages is kept between builds. Linked before the old
  // index is deleted.
  const seeded = workDir && aside ? seedFragments(aside, folder, pagesDir) : new Set<string>();
  const oldIndexGone = deleteOldIndex(aside, log);
  const write = async () => {
    const kept = workDir ? await writeReusing(() => writeIndex(index, folder), folder, pagesDir, seeded, log) : (await writeIndex(index, folder), 0);
    await oldIndexGone;
    log(
      `Pagefind indexed ${pages} page(s) with ${anchors} cited sentence(s) as sub-results into ${site}/pagefind/ in ${Math.round(performance.now() - started)} ms${kept ? ` (${kept} unchanged page(s)' fragments kept from the last index)` : ''}.`,
    );
  };
  const written = write().finally(() => pagefind.close());
  // Awaited by the caller; until then a failure is not unhandled.
  written.catch(() => undefined);
  return { written };
}

/** startIndex, waiting for the index to be written. */
export async function indexSearch(site: string, content: string, log: (line: string) => void, workDir?: string, early?: EarlyRead): Promise<void> {
  await (
    await startIndex(site, content, log, workDir, early)
  ).written;
}

/**
 * The search index as two integrations around the others' build:done work: `start` reads the pages and
 * sets Pagefind writing its index, which takes a second or two at 1,000 articles on Pagefind's side;
 * `finish` (last in the list) waits for it. What runs between (the host headers) runs meanwhile.
 */
export default function searchIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  let workDir: string | undefined;
  let early: EarlyRead | undefined;
  let titles: Promise<ClaimTitles> | undefined;
  let written: Promise<void> | undefined;
  return {
    start: {
      name: 'search-index',
      hooks: {
        'astro:config:setup': ({ command, config, logger }) => {
          workDir = join(fileURLToPath(config.cacheDir), 'search-pages');
          if (command !== 'build') return;
          titles = claimTitlesInBackground(contentDir());
          // Awaited in build:done; until then a failure is not unhandled.
          titles.catch(() => undefined);
          try {
            early = readEarly(fileURLToPath(config.outDir), contentDir(), workDir);
          } catch (e) {
            logger.warn(`Pagefind's early read could not start (${(e as Error).message}); every page is read after the build.`);
          }
        },
        'astro:build:done': async ({ dir, logger }) => {
          ({ written } = await startIndex(fileURLToPath(dir), contentDir(), (line) => logger.info(line), workDir, early, titles));
        },
      },
    },
    finish: {
      name: 'search-index-written',
      hooks: {
        'astro:build:done': async () => {
          await written;
        },
      },
    },
  };
}
