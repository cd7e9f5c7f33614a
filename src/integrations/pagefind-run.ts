// Pagefind through its Node API, as the search index uses it: one index, pages read from folders.
import * as pagefind from 'pagefind';
import { NOT_INDEXED } from './not-indexed.ts';

export type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** What every index is made with; a fragment made with other options is never reused (pagefind-reuse.ts). */
export const INDEX_OPTIONS = { excludeSelectors: [...NOT_INDEXED] };

export async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Reads the HTML pages under `path` into `index`; returns how many it read. */
export async function addFolder(index: PagefindIndex, path: string, site: string): Promise<number> {
  const r = await index.addDirectory({ path });
  if (r.errors.length) throw new Error(`Pagefind failed to index the pages of ${site}: ${r.errors.join('; ')}`);
  return r.page_count;
}
