// Where an article's rendered HTML is kept: a file of its own in Astro's cache folder, not Astro's
// content store. The store is written out whole after every sync and bundled into the build as one
// JavaScript module; with the HTML of 1,000 articles in it that was 7.9 MB, more than half of it HTML,
// serialized, parsed and bundled again on every build, even when one article was added (issue 14).
// An article page, rendered only when its article changed, reads its own file.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What an entry keeps of its HTML: where the file is (`rendered.metadata.htmlFile` of the entry), and the stamp of the article file it came from (articles-loader.ts). */
export type HtmlFileMetadata = { htmlFile: string; stamp: string };

/**
 * The folder of the articles' HTML in Astro's cache folder. `astro dev` keeps its content store apart
 * from the build's, so it gets a folder of its own too: neither deletes a file the other's store names.
 */
export function articleHtmlDir(cacheDir: string, dev: boolean): string {
  return join(cacheDir, dev ? 'article-html-dev' : 'article-html');
}

/** The file of one article's HTML; its digest is in the name, so a file never holds another version's HTML. */
export function articleHtmlFile(folder: string, id: string, digest: string): string {
  return join(folder, `${id}.${digest}.html`);
}

/** Writes the HTML whole or not at all (a name of this process's own, then a rename), so that an interrupted sync never leaves half a page. */
export function writeArticleHtml(file: string, html: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${randomUUID()}.partial`;
  writeFileSync(partial, html);
  renameSync(partial, file);
}

export function hasArticleHtml(file: string | undefined): file is string {
  return file !== undefined && existsSync(file);
}

/** Deletes an article's HTML file, only if it is in `folder`: a store copied from elsewhere may name any path. */
export function removeArticleHtml(folder: string, file: string | undefined): void {
  if (file !== undefined && dirname(file) === folder) rmSync(file, { force: true });
}

/** Deletes every file in `folder` that is not in `named` (files of entries the store no longer has, half-written files of an interrupted sync). */
export function removeUnnamed(folder: string, named: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) if (!named.has(join(folder, name))) rmSync(join(folder, name), { force: true });
}

/** The HTML of an entry whose metadata names its file; a missing file is an error that names it. */
export function readArticleHtml(id: string, metadata: Record<string, unknown> | undefined): string {
  const file = metadata?.['htmlFile'];
  if (typeof file !== 'string') throw new Error(`The article "${id}" has no rendered HTML file in Astro's content store; run the build again.`);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`The rendered HTML of the article "${id}" (${file}) cannot be read: ${(e as Error).message}. Delete Astro's cache folder and build again.`, { cause: e });
  }
}
