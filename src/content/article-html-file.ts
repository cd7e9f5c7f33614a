// Where an article's rendered HTML is kept: a file of its own in Astro's cache folder, not Astro's
// content store. The store is written out whole after every sync and bundled into the build as one
// JavaScript module; with the HTML of 1,000 articles in it that was 7.9 MB, more than half of it HTML,
// serialized, parsed and bundled again on every build, even when one article was added (issue 14).
// An article page, rendered only when its article changed, reads its own file.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What an entry keeps of its HTML: where the file is (`rendered.metadata.htmlFile` of the entry). */
export type HtmlFileMetadata = { htmlFile: string };

/** The file of one article's HTML; its digest is in the name, so a file never holds another version's HTML. */
export function articleHtmlFile(cacheDir: string, id: string, digest: string): string {
  return join(cacheDir, 'article-html', `${id}.${digest}.html`);
}

/** Writes the HTML whole or not at all (a new name, then a rename), so that an interrupted sync never leaves half a page. */
export function writeArticleHtml(file: string, html: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, html);
  renameSync(partial, file);
}

export function hasArticleHtml(file: string | undefined): file is string {
  return file !== undefined && existsSync(file);
}

export function removeArticleHtml(file: string | undefined): void {
  if (file !== undefined) rmSync(file, { force: true });
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
