// The articles collection: ingest's MDX files, rendered to HTML once when they change.
//
// Astro's own MDX loader compiles every article into a JavaScript module that Vite bundles, on every
// build, even when nothing changed: at 1,000 articles that was most of the build, and adding one article
// bundled all of them again. Ingest's MDX has no imports, components or expressions (verify-mdx.ts
// refuses any), so it reads the same as Markdown apart from the two kinds of element ingest writes
// (claim spans and headings with an explicit id); src/text/article-html.ts prepares those and checks
// every tag of the HTML that comes out. This loader renders each file with the site's Markdown
// processor and keeps the HTML in a file beside Astro's content store (article-html-file.ts says why
// not in it): an unchanged file (same digest) is not read into HTML again.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ARTICLE_HTML_RULES, finishArticleHtml, prepareArticleMarkdown } from '../text/article-html.ts';
import { articleHtmlDir, articleHtmlFile, hasArticleHtml, removeArticleHtml, removeUnnamed, writeArticleHtml, type HtmlFileMetadata } from './article-html-file.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The entry id of an article file: its name without `.mdx`, as ingest chose it (article-id.ts). */
const idOf = (file: string) => file.replace(/\.mdx$/, '');

/** The HTML file an entry of the store names, if any. */
const htmlFileOf = (entry: { rendered?: { metadata?: Record<string, unknown> } } | undefined) => {
  const file = entry?.rendered?.metadata?.['htmlFile'];
  return typeof file === 'string' ? file : undefined;
};

/**
 * The file as it is on disk (inode, size, modification and change times) and the rules its HTML is
 * checked with. An entry stamped with the same is not read again: reading and digesting the 1,000
 * unchanged articles took about 0.2 s of every rebuild (issue 14). Ingest writes a file by renaming a
 * new one over it (a new inode), and no one can set a change time back, so a changed file never
 * matches; otherwise the file's digest decides, as before.
 */
function stampOf(path: string, rules: string): string {
  const st = statSync(path);
  return `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}:${rules}`;
}

async function loadOne(ctx: LoaderContext, dir: string, file: string, folder: string, rules: string): Promise<void> {
  const path = join(dir, file);
  const id = idOf(file);
  const existing = ctx.store.get(id);
  const stamp = stampOf(path, rules);
  if (existing?.rendered?.metadata?.['stamp'] === stamp && hasArticleHtml(htmlFileOf(existing))) return;
  const raw = readFileSync(path, 'utf8');
  // The file and the rules its HTML was checked with: new rules render every article again.
  const digest = ctx.generateDigest(`${raw}\u0000${ARTICLE_HTML_RULES}`);
  const html = articleHtmlFile(folder, id, digest);
  if (existing?.digest === digest && htmlFileOf(existing) === html && hasArticleHtml(html)) {
    // The same bytes under another stamp (a fresh checkout, a copy, or a store from before stamps):
    // the entry keeps its HTML and takes the new stamp. The store ignores a digest it already has.
    const metadata: HtmlFileMetadata = { htmlFile: html, stamp };
    ctx.store.delete(id);
    ctx.store.set({ ...existing, rendered: { html: '', metadata } });
    return;
  }
  const front = FRONTMATTER.exec(raw);
  // Ingest always writes frontmatter; a file without it was not written by ingest.
  if (!front) throw new Error(`${path}: no frontmatter. Article files are written by \`npm run ingest\`; run it again rather than editing them.`);
  const filePath = relative(process.cwd(), path);
  let fields: unknown;
  try {
    fields = loadYaml(front[1]!);
  } catch (e) {
    throw new Error(`${path}: the frontmatter is not YAML (${(e as Error).message.split('\n')[0]}). Run \`npm run ingest\` to write the file again.`, { cause: e });
  }
  const data = await ctx.parseData({ id, data: (fields ?? {}) as Record<string, unknown>, filePath });
  const rendered = await ctx.renderMarkdown(prepareArticleMarkdown(raw));
  writeArticleHtml(html, finishArticleHtml(rendered.html));
  // The store ignores an entry whose digest it already has; here its HTML file was missing.
  if (existing?.digest === digest) ctx.store.delete(id);
  // The store keeps only the file's name: the HTML is in the file, and the rest of the renderer's
  // metadata (a second copy of the whole frontmatter, the headings) is read by no page, yet was two
  // thirds of the store that Astro serializes on every build and parses again for the pages (issue 14).
  const metadata: HtmlFileMetadata = { htmlFile: html, stamp };
  ctx.store.set({ id, data, digest, filePath, rendered: { html: '', metadata } });
  const previous = htmlFileOf(existing);
  if (previous !== html) removeArticleHtml(folder, previous);
}

/** Loads `<dir>/*.mdx` as the articles collection (see the note at the top of this file). */
export function articlesLoader(dir: string): Loader {
  let watching = false;
  return {
    name: 'versus-articles',
    async load(ctx) {
      const folder = articleHtmlDir(fileURLToPath(ctx.config.cacheDir), ctx.watcher !== undefined);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort();
      const keep = new Set(files.map(idOf));
      for (const id of ctx.store.keys()) if (!keep.has(id)) ctx.store.delete(id);
      const rules = ctx.generateDigest(ARTICLE_HTML_RULES);
      for (const file of files) await loadOne(ctx, dir, file, folder, rules);
      // Astro empties the store when its config or version changes: files no entry names go here.
      removeUnnamed(folder, new Set([...ctx.store.values()].map(htmlFileOf).filter((f) => f !== undefined)));
      // `astro dev`: an article that ingest writes again shows without a restart. Once: load() runs
      // again when the content config changes, and listeners would pile up.
      if (!ctx.watcher || watching) return;
      watching = true;
      const absolute = resolve(dir);
      ctx.watcher.add(absolute);
      ctx.watcher.on('all', (event, changed) => {
        const file = relative(absolute, changed);
        if (file.includes('/') || !file.endsWith('.mdx') || file.startsWith('..')) return;
        if (event === 'unlink') {
          removeArticleHtml(folder, htmlFileOf(ctx.store.get(idOf(file))));
          ctx.store.delete(idOf(file));
        } else if (event === 'add' || event === 'change') void loadOne(ctx, dir, file, folder, ctx.generateDigest(ARTICLE_HTML_RULES)).catch((e: Error) => ctx.logger.error(e.message));
      });
    },
  };
}
