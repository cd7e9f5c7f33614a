// Pages drawn from every source stay within the page budget as the corpus grows (src/site/limits.ts):
// a built site of 80 generated articles, where the bundled comparison has 5, so every cap is reached.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { makeCorpus } from '../../scripts/synthetic-corpus.ts';
import { SHOWN } from '../../src/site/limits.ts';
import { siteWorkspace } from './site-workspace.ts';

const N = 80;
const HTML_BUDGET = 7000;
const { content, dist, ingest, build, remove } = siteWorkspace('many-sources');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

function pages(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) pages(join(dir, e.name), out);
    else if (e.name === 'index.html') out.push(relative(dist, dir));
  }
  return out;
}

test(`${N} sources: capped lists say how many more and where, the article index is paged, every page other than an article is within ${HTML_BUDGET} B gz`, { timeout: 10 * 60_000 }, (t) => {
  t.after(remove);
  mkdirSync(content);
  for (const f of ['site.yaml', 'subjects.yaml', 'topics.yaml', 'chooser.yaml']) if (existsSync(join('content', f))) cpSync(join('content', f), join(content, f));
  makeCorpus(N, 'content', join(content, 'sources'), 7);
  ingest();
  build();
  const articles = readdirSync(join(content, 'articles'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
  assert.equal(articles.length, N);

  // The article index: every article on exactly one page, pages linked in order.
  const perPage = SHOWN.articlesPerPage;
  const indexPages = ['articles', ...Array.from({ length: Math.ceil(N / perPage) - 1 }, (_, i) => `articles/page/${i + 2}`)];
  const listed = indexPages.flatMap((p) => [...page(p).matchAll(/<li class="card source-card"><h2><a href="\/articles\/([^/]+)\/"/g)].map((m) => m[1]!));
  assert.deepEqual([...listed].sort(), [...articles].sort());
  assert.ok(!existsSync(join(dist, 'articles/page', String(indexPages.length + 1))), 'no page past the last');
  assert.match(page('articles'), /href="\/articles\/page\/2\/" rel="next"/);
  assert.match(page(`articles/page/${indexPages.length}`), new RegExp(`href="${indexPages.length === 2 ? '/articles/' : `/articles/page/${indexPages.length - 1}/`}" rel="prev"`));
  assert.match(text(page('articles')), new RegExp(`Articles 1–${perPage} of ${N}, by name \\(page 1 of ${indexPages.length}\\)`));
  // Later pages leave the totals out, so that one more article does not change every page (article-index.ts).
  assert.match(text(page('articles/page/2')), new RegExp(`Articles ${perPage + 1}–${2 * perPage}, by name \\(page 2\\)`));

  // Home: the sources with the most claims, and a link to all of them.
  const home = page('');
  assert.equal([...home.matchAll(/<li class="card source-card">/g)].length, SHOWN.sources);
  assert.match(text(home), new RegExp(`All ${N} articles \\(${N - SHOWN.sources} more than the ${SHOWN.sources} with the most claims, above\\)`));

  // A topic page: a few sources in full, the rest counted, names in sentences capped.
  const topic = page('topics/performance');
  assert.equal([...topic.matchAll(/<ol class="by-source">/g)].length, 1);
  assert.ok([...topic.matchAll(/<li class="card"><h3>/g)].length <= SHOWN.sources);
  assert.match(text(topic), /The 5 sources above say most on this topic\. \d+ more make \d+ more statements/);
  assert.match(text(topic), / and \d+ more (favour|favours|argue|come|do not)/);

  for (const p of pages(dist)) {
    if (/^articles\/[^/]+$/.test(p) && articles.includes(p.split('/')[1]!)) continue;
    const bytes = gzipSync(readFileSync(join(dist, p, 'index.html')), { level: 9 }).length;
    assert.ok(bytes <= HTML_BUDGET, `/${p}/ is ${bytes} B gz, over ${HTML_BUDGET}`);
  }

  // The last index page's articles removed, so the index has a page fewer: the pages before it are not
  // rendered again (their incremental-build key is what they show, src/site/article-index.ts), except
  // the first, which gives the totals, and the new last one, whose link to the next page goes. The
  // page count is on the first page only: with it on every page, this rendered them all.
  assert.ok(indexPages.length >= 4, 'a page that neither gives the totals nor links to the last');
  const gone = listed.slice(-perPage);
  for (const id of gone) {
    const source = readdirSync(join(content, 'sources')).find((f) => f.replace(/\.[^.]+$/, '') === id);
    assert.ok(source, `the source of ${id}`);
    rmSync(join(content, 'sources', source));
  }
  ingest();
  const log = build();
  const line = (path: string) => {
    const found = log.split('\n').find((l) => l.includes(` /${path}/index.html`));
    assert.ok(found, `the build log has a line for /${path}/:\n${log.slice(-2000)}`);
    return found;
  };
  const last = indexPages.length - 1;
  assert.match(line('articles/page/2'), /\((cached|restored)\)/);
  assert.doesNotMatch(line(`articles/page/${last}`), /\((cached|restored)\)/);
  assert.doesNotMatch(page(`articles/page/${last}`), /rel="next"/);
  assert.ok(!existsSync(join(dist, 'articles/page', String(indexPages.length))), 'the emptied page is gone');
  assert.match(text(page('articles')), new RegExp(`Articles 1–${perPage} of ${N - perPage}, by name \\(page 1 of ${last}\\)`));
  for (const id of gone) assert.ok(!existsSync(join(dist, 'articles', id)), `the page of ${id} is gone`);
});
