import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleIndexPage } from '../../../src/site/article-index.ts';
import type { SiteData } from '../../../src/site/data.ts';
import { SHOWN } from '../../../src/site/limits.ts';

// Only what a page of the index reads: the sources in order and their coverage rows.
const site = (n: number) =>
  ({
    sources: Array.from({ length: n }, (_, i) => ({ id: `a${String(i).padStart(3, '0')}`, label: `Article ${i}` })),
    coverage: Array.from({ length: n }, (_, i) => ({ article: `a${String(i).padStart(3, '0')}`, cells: [], covered: 0 })),
  }) as unknown as SiteData;
const per = SHOWN.articlesPerPage;
const link = (n: number) => (n === 1 ? '/articles/' : `/articles/page/${n}/`);

test('a page of the article index: its sources and rows, its range, links to its neighbours; the total on the first page only', () => {
  const data = site(per * 3 + 1);
  const first = articleIndexPage(data, 1, link);
  assert.equal(first.total, per * 3 + 1);
  assert.equal(first.pages, 4);
  assert.equal(first.prev, undefined);
  assert.deepEqual(first.next, { href: '/articles/page/2/', label: `Articles ${per + 1}–${2 * per}` });

  const second = articleIndexPage(data, 2, link);
  assert.equal(second.total, undefined);
  assert.equal(second.range, `Articles ${per + 1}–${2 * per}`);
  assert.deepEqual(
    second.sources.map((s) => s.id),
    data.sources.slice(per, 2 * per).map((s) => s.id),
  );
  assert.deepEqual(
    second.rows.map((r) => r.article),
    second.sources.map((s) => s.id),
  );
  assert.deepEqual(second.prev, { href: '/articles/', label: `Articles 1–${per}` });

  const last = articleIndexPage(data, 4, link);
  assert.equal(last.range, `Articles ${3 * per + 1}–${3 * per + 1}`);
  assert.equal(last.next, undefined);
});

test('one more article at the end leaves the pages that neither give the total nor link to the last page as they were', () => {
  const before = site(per * 4 - 2);
  const after = site(per * 4 - 1);
  assert.deepEqual(articleIndexPage(after, 2, link), articleIndexPage(before, 2, link));
  assert.notDeepEqual(articleIndexPage(after, 3, link), articleIndexPage(before, 3, link), 'its link names the last range');
  assert.notDeepEqual(articleIndexPage(after, 1, link), articleIndexPage(before, 1, link), 'the total');
});
