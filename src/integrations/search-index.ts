// The search index, built at the end of `astro build` like Starlight does: Pagefind indexes the built
// pages and nothing else. A search still lands on the cited sentence: in the copy of each article page
// given to Pagefind, every claim's sentence is marked as a sub-result of the article
// (claim-anchors.ts). One record per claim (21,426 at 1,000 articles) made indexing most of the build
// and the first search twice Starlight's weight (issue 14).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentDir, loadComparison } from '../content/load.ts';
import { claimsFileSchema, type Claim } from '../schemas/claim.ts';
import { claimSearchTitle } from '../site/format.ts';
import { markClaims } from './claim-anchors.ts';
import { NOT_INDEXED } from './not-indexed.ts';

/** Per article id, the search title of each claim anchor on its page. */
export function claimTitles(content: string): Map<string, Map<string, string>> {
  const comparison = loadComparison(content);
  const subjects = new Map(comparison.subjects.map((s) => [s.id, s.name]));
  const topics = new Map(comparison.topics.map((t) => [t.id, t.label]));
  const claims = claimsFileSchema.parse(JSON.parse(readFileSync(join(content, 'claims.json'), 'utf8')));
  const grouped = new Map<string, Map<string, Claim[]>>();
  for (const c of claims) {
    const anchors = grouped.get(c.article) ?? new Map<string, Claim[]>();
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
  const titles = claimTitles(content);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...NOT_INDEXED] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  let anchors = 0;
  for (const file of htmlFiles(site)) {
    const sourcePath = relative(site, file).split(sep).join('/');
    let html = readFileSync(file, 'utf8');
    const article = /^articles\/([^/]+)\/index\.html$/.exec(sourcePath)?.[1];
    const own = article === undefined ? undefined : titles.get(article);
    if (own) {
      const h1 =
        /<h1\b[^>]*>([\s\S]*?)<\/h1>/
          .exec(html)?.[1]
          ?.replace(/<[^>]*>/g, '')
          .trim() ?? article!;
      html = markClaims(html, own, { id: 'main', title: h1 });
      anchors += own.size;
    }
    // Pages without data-pagefind-body (the 404) are left out by Pagefind itself.
    const r = await index.addHTMLFile({ sourcePath, content: html });
    if (r.errors.length) throw new Error(`Pagefind failed to index ${file}: ${r.errors.join('; ')}`);
    pages++;
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
