// One page of the article index (SHOWN.articlesPerPage sources with their coverage rows), as the values
// the page shows and nothing more: the pages after the first are kept between builds while these are
// unchanged (their incremental-build key is these values), so adding one article renders the first
// page and the pages from its place in the list on, not all of them (issue 14). That is why only the
// first page gives the number of articles and of pages: on the others they would change every page
// with every article, or with every 20th (the page count: 1,000 to 1,001 articles rendered all 50
// pages again, 5,000 to 5,001 all 250, whose rendering took 1.6 s of that rebuild).
import type { CoverageRow } from '../analysis/coverage.ts';
import type { SiteData, Source } from './data.ts';
import { pageCount, SHOWN } from './limits.ts';

type IndexLink = { href: string; label: string };
export type ArticleIndexPage = {
  page: number;
  /** All articles and all pages: on the first page only. */
  total?: number;
  pages?: number;
  /** "Articles 21–40". */
  range: string;
  sources: Source[];
  rows: CoverageRow[];
  prev?: IndexLink;
  next?: IndexLink;
};

/** Page `page` (from 1) of the index; `pageHref` gives a page's address (routes.articlesPage). */
export function articleIndexPage(data: SiteData, page: number, pageHref: (page: number) => string): ArticleIndexPage {
  const per = SHOWN.articlesPerPage;
  const count = data.sources.length;
  const pages = pageCount(count, per);
  const range = (n: number) => `Articles ${((n - 1) * per + 1).toLocaleString('en')}–${Math.min(n * per, count).toLocaleString('en')}`;
  const sources = data.sources.slice((page - 1) * per, page * per);
  const ids = new Set(sources.map((s) => s.id));
  return {
    page,
    ...(page === 1 ? { total: count, pages } : {}),
    range: range(page),
    sources,
    rows: data.coverage.filter((r) => ids.has(r.article)),
    ...(page > 1 ? { prev: { href: pageHref(page - 1), label: range(page - 1) } } : {}),
    ...(page < pages ? { next: { href: pageHref(page + 1), label: range(page + 1) } } : {}),
  };
}
