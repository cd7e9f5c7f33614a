import type { ArticleData } from '../schemas/article.ts';

/** Short name for citations, filters and prose: the publishing site, else the title without its "A vs B:" lead. */
export function sourceLabel(a: Pick<ArticleData, 'site' | 'title'>): string {
  if (a.site) return a.site;
  // Comparison titles mostly open with "A vs B:"; what follows tells the sources apart.
  const rest = a.title.replace(/^[^:]{0,60}\bvs\.?\s[^:]*:\s*/i, '').trim();
  return rest || a.title;
}
