import type { Claim } from '../schemas/claim.ts';

/** One row of the static chooser: what one source says each subject is for. */
export interface ChooserRow {
  article: string;
  /** Subject id → that source's use-case statements about it. */
  cells: Record<string, Claim[]>;
}

/** Use-case claims grouped by source and subject; sources without any are left out. */
export function chooserRows(claims: readonly Claim[], subjects: readonly string[], articles: readonly string[]): ChooserRow[] {
  const byArticle = Map.groupBy(
    claims.filter((c) => c.kind === 'use-case'),
    (c) => c.article,
  );
  return articles
    .map((article) => {
      const own = byArticle.get(article) ?? [];
      return { article, cells: Object.fromEntries(subjects.map((s) => [s, own.filter((c) => c.subject === s)])) };
    })
    .filter((row) => Object.values(row.cells).some((cs) => cs.length > 0));
}
