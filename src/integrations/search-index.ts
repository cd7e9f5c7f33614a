// The search index, built at the end of `astro build` like Starlight does: Pagefind indexes the built
// pages, plus one record per claim so a search for a statement lands on its sentence. The claims and
// articles come through the same loader and schemas as everything else (src/content/load.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { sourceLabel } from '../analysis/source-label.ts';
import { contentDir, loadComparison, readArticleData } from '../content/load.ts';
import { claimsFileSchema } from '../schemas/claim.ts';

/** Indexes the built site in `site` for the comparison in `content`. */
export async function indexSearch(site: string, content: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);

  const comparison = loadComparison(content);
  const topics = new Map(comparison.topics.map((t) => [t.id, t]));
  const subjects = new Map(comparison.subjects.map((s) => [s.id, s]));
  const articles = new Map(
    readdirSync(join(content, 'articles'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => [f.replace(/\.mdx$/, ''), readArticleData(join(content, 'articles', f))]),
  );
  const claims = claimsFileSchema.parse(JSON.parse(readFileSync(join(content, 'claims.json'), 'utf8')));
  const STANCE = { favours: 'for', disfavours: 'against', neutral: 'about' } as const;
  // Relative to body text at 1: claims still match, but pages about a topic come first for its name.
  const CLAIM_WEIGHT = 0.3;
  const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attr = (s: string) => text(s).replace(/"/g, '&quot;');
  let records = 0;
  for (const c of claims) {
    const subject = subjects.get(c.subject)?.name ?? c.subject;
    const topic = topics.get(c.topic);
    const article = articles.get(c.article);
    const source = article ? sourceLabel(article) : c.article;
    const topicLabel = topic?.label ?? (c.topic === 'facts' ? 'Facts' : c.topic);
    // A claim is one sentence; at full weight its sheer density would outrank the topic page for the
    // topic's own name and synonyms. As an HTML record it can carry a lower weight (and the filters).
    const title = `${subject} · ${topicLabel} (${STANCE[c.stance]}): “${c.quote.length > 90 ? `${c.quote.slice(0, 87)}…` : c.quote}”`;
    const filters = { kind: 'Claim', topic: topicLabel, subject, source };
    const html = [
      '<!doctype html><html lang="en"><head><title></title></head><body><main data-pagefind-body>',
      `<div data-pagefind-meta="${attr(`title:${title}`)}"></div><div data-pagefind-meta="${attr(`source:${source}`)}"></div>`,
      ...Object.entries(filters).map(([k, v]) => `<span data-pagefind-filter="${attr(`${k}:${v}`)}"></span>`),
      `<p data-pagefind-weight="${CLAIM_WEIGHT}">${text(c.quote)} ${text(subject)} ${text(topicLabel)}</p>`,
      '</main></body></html>',
    ].join('');
    // Root-relative, like the pages Pagefind reads from disk: its UI prefixes the site's base path (found
    // from where the bundle is served), so writing the base here too gave /sub/path/sub/path/ links.
    const r = await index.addHTMLFile({ url: `/articles/${c.article}/#${c.anchor}`, content: html });
    if (r.errors.length) throw new Error(`Pagefind rejected claim ${c.id}: ${r.errors.join('; ')}`);
    records++;
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
  log(`Pagefind indexed ${added.page_count} page(s) and ${records} claim(s) into ${site}/pagefind/ in ${Math.round(performance.now() - started)} ms.`);
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
