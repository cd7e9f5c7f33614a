// How much of a list a page shows. Pages drawn from every source would otherwise grow with the corpus:
// at 5,000 articles a topic page that listed every statement was 1.9 MB (issue 14). So each such page
// shows the first few, says how many more there are, and points to where all of them are: the paged
// article index, each article page, and the claims dataset. The bundled comparison has five sources,
// so its pages show everything.
export const SHOWN = {
  /** Sources given in full (their statements, tables, ingest reports) on a page about many sources. */
  sources: 5,
  /** Source names in a sentence ("A, B, C, D, E and 40 more favour it"). */
  names: 5,
  /**
   * Sources whose comparison tables /compare/ reproduces (all of them in the bundled comparison, where
   * two sources have three tables). At 1,000 generated articles, five put /compare/ about 50 B over the
   * page budget.
   */
  tables: 3,
  /** Rows of the key-facts table (first release, licence, built-in features, ...). */
  factRows: 10,
  /** Articles per page of the article index, each with its coverage row. */
  articlesPerPage: 20,
} as const;

/** The first `max` items and how many are left out. */
export function firstFew<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/**
 * When all fit, the list as it is. Otherwise the `max` items that say most (by `weight`, larger first,
 * the list's own order among equals) and how many are left out.
 */
export function mostFirst<T>(items: readonly T[], weight: (item: T) => number, max: number): { shown: T[]; more: number } {
  if (items.length <= max) return { shown: [...items], more: 0 };
  const ranked = items.map((item, i) => ({ item, i, w: weight(item) })).sort((a, b) => b.w - a.w || a.i - b.i);
  return firstFew(
    ranked.map((r) => r.item),
    max,
  );
}

/** The page count of a list paged `perPage` at a time (at least 1, so an empty list still has its page). */
export function pageCount(items: number, perPage: number): number {
  return Math.max(1, Math.ceil(items / perPage));
}
