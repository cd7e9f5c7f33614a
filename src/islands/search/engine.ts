// Pagefind's JavaScript API (pagefind.js and its WebAssembly), loaded on first use only. The results UI
// is our own (results.ts): Pagefind's Component UI weighed about 48 kB gzipped with its CSS, a third of
// the first search (issue 14). Only the parts of the API this site calls are typed here.

export type Filters = Record<string, string[]>;

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
}

export interface SearchHit {
  id: string;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchHit[];
  /** Per filter, per value: how many of these results carry it. */
  filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** A null term searches by filters alone. */
  search(term: string | null, options: { filters: Filters }): Promise<SearchResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const loaded = new Map<string, Promise<Pagefind>>();

export const LOAD_ERROR = 'The search index could not be loaded. Build the site with `npm run build` (search exists only after a build).';

/** pagefind.js from the bundle folder (base-aware: it finds its index and the site's base from its own URL). */
export function loadEngine(bundle: string, highlightParam: string): Promise<Pagefind> {
  let p = loaded.get(bundle);
  if (!p) {
    p = (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`).catch(() => {
        throw new Error(LOAD_ERROR);
      })) as Pagefind;
      await pagefind.options({
        // A topic page is long and a claim is one sentence: with Pagefind's default length penalty, claims
        // outrank the topic page for the topic's own name. A light penalty keeps the topic page first.
        ranking: { pageLength: 0.1 },
        // Result links carry ?highlight=…, so the page a reader lands on marks what they searched for.
        highlightParam,
        // The index is small: searching on the main thread saves fetching a 12 kB worker.
        noWorker: true,
      });
      await pagefind.init();
      return pagefind;
    })();
    loaded.set(bundle, p);
  }
  return p;
}
