// The search index, built at the end of `astro build` like Starlight does: Pagefind indexes the built
// pages and nothing else. A search still lands on the cited sentence: in the copy of each article page
// given to Pagefind, every claim's sentence is marked as a sub-result of the article
// (claim-anchors.ts). One record per claim (21,426 at 1,000 articles) made indexing most of the build
// and the first search twice Starlight's weight (issue 14).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { z } from 'zod';
import { contentDir, loadComparison } from '../content/load.ts';
import { claimSchema } from '../schemas/claim.ts';
import { claimSearchTitle } from '../site/format.ts';
import { markClaims } from './claim-anchors.ts';
import { NOT_INDEXED } from './not-indexed.ts';

// Only what a title needs, checked as the claims schema checks it: a full parse of claims.json (41 MB at
// 5,000 articles) kept a second copy of every claim alive while Pagefind ran, 450 MB of the build's peak.
const anchorSchema = z.array(claimSchema.pick({ article: true, anchor: true, subject: true, topic: true, stance: true }));
type Anchored = z.infer<typeof anchorSchema>[number];

/** Per article id, the search title of each claim anchor on its page. */
export function claimTitles(content: string): Map<string, Map<string, string>> {
  const comparison = loadComparison(content);
  const subjects = new Map(comparison.subjects.map((s) => [s.id, s.name]));
  const topics = new Map(comparison.topics.map((t) => [t.id, t.label]));
  const claims = anchorSchema.parse(JSON.parse(readFileSync(join(content, 'claims.json'), 'utf8')));
  const grouped = new Map<string, Map<string, Anchored[]>>();
  for (const c of claims) {
    const anchors = grouped.get(c.article) ?? new Map<string, Anchored[]>();
    grouped.set(c.article, anchors);
    anchors.set(c.anchor, [...(anchors.get(c.anchor) ?? []), c]);
  }
  const name = (id: string) => subjects.get(id) ?? id;
  const label = (id: string) => topics.get(id) ?? (id === 'facts' ? 'Facts' : id);
  return new Map([...grouped].map(([article, anchors]) => [article, new Map([...anchors].map(([anchor, cs]) => [anchor, claimSearchTitle(cs, name, label)]))]));
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind') htmlFiles(p, out);
    } else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

const UNUSED_BUNDLES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css'];

/** Indexes the built site in `site` (made from the comparison in `content`) into `site/pagefind/`. */
export async function indexSearch(site: string, content: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  // `npm run bench` splits the build's peak memory at this line.
  log('Pagefind: indexing the built pages…');
  const titles = claimTitles(content);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...NOT_INDEXED] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let anchors = 0;
  // The pages as Pagefind should see them, in a folder it reads itself (in parallel, in its own
  // process): handed over one by one through its service, every page was copied four times in this
  // process (JSON, buffer, base64), garbage that grew the build's Node process while Pagefind ran.
  const pagesDir = mkdtempSync(join(tmpdir(), 'search-pages-'));
  let pages: number;
  try {
    for (const file of htmlFiles(site)) {
      const sourcePath = relative(site, file).split(sep).join('/');
      const copy = join(pagesDir, sourcePath);
      mkdirSync(dirname(copy), { recursive: true });
      const article = /^articles\/([^/]+)\/index\.html$/.exec(sourcePath)?.[1];
      const own = article === undefined ? undefined : titles.get(article);
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
      anchors += own.size;
    }
    const r = await index.addDirectory({ path: pagesDir });
    if (r.errors.length) throw new Error(`Pagefind failed to index the pages of ${site}: ${r.errors.join('; ')}`);
    pages = r.page_count;
  } finally {
    rmSync(pagesDir, { recursive: true, force: true });
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
  // Pagefind writes its three ready-made UIs every time; the site has its own on the JS API, so they
  // would only be dead weight in every deploy (about 390 kB). pagefind.js, its worker, the highlighter
  // and the index stay.
  for (const ui of UNUSED_BUNDLES) rmSync(join(site, 'pagefind', ui), { force: true });
  log(`Pagefind indexed ${pages} page(s) with ${anchors} cited sentence(s) as sub-results into ${site}/pagefind/ in ${Math.round(performance.now() - started)} ms.`);
  await pagefind.close();
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await indexSearch(fileURLToPath(dir), contentDir(), (line) => logger.info(line));
      },
    },
  };
}
