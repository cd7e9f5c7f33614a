// Adding an article to a built site renders that article's page and the pages drawn from every claim;
// every other article page comes from Astro's incremental cache (astro.config.mjs, src/site/page-key.ts),
// and Pagefind reads those while the build runs.
// Removing it takes its page out of the site and out of search. Counts, not times (issue 14).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { siteWorkspace } from './site-workspace.ts';

const { content, dist, cache, ingest, build, remove } = siteWorkspace('rebuild');
// Astro prints each page it writes; one taken from the cache gets "(restored)" or "(cached)" after it.
const articleLines = (log: string) => log.split('\n').filter((l) => /\/articles\/[^/]+\/index\.html/.test(l));
const reused = (log: string) => articleLines(log).filter((l) => /\((restored|cached)\)/.test(l)).length;
// Pagefind's fragments (gzip, one per indexed page), as text.
const fragments = () => readdirSync(join(dist, 'pagefind', 'fragment')).map((f) => gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', f))).toString('utf8'));
const htmlFiles = () => readdirSync(join(cache, 'article-html'));
const articlePages = () => readdirSync(join(dist, 'articles'), { withFileTypes: true }).filter((e) => e.isDirectory()).length;

test('one article added: one article page rendered, the others reused; removed: its page and search entry are gone', { timeout: 10 * 60_000 }, (t) => {
  t.after(remove);
  cpSync('content', content, { recursive: true });
  const seeds = readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.mdx')).length;
  assert.ok(seeds >= 5, `the bundled comparison has ${seeds} articles`);

  ingest();
  const cold = build();
  assert.equal(reused(cold), 0, 'a first build renders every page');
  assert.equal(articlePages(), seeds);

  const first = readdirSync(join(content, 'sources'))
    .filter((f) => f.endsWith('.md'))
    .sort()[0]!;
  writeFileSync(join(content, 'sources', 'zz-added.md'), `${readFileSync(join(content, 'sources', first), 'utf8')}\n\nOne more paragraph, so this article is new.\n`);
  ingest();
  const added = build();
  assert.equal(articlePages(), seeds + 1);
  assert.equal(reused(added), seeds, `every earlier article page reused:\n${articleLines(added).join('\n')}`);
  const fresh = articleLines(added).filter((l) => !/\((restored|cached)\)/.test(l));
  assert.equal(fresh.length, 1, added);
  assert.match(fresh[0]!, /\/articles\/zz-added\/index\.html/);
  assert.match(readFileSync(join(dist, 'articles', 'zz-added', 'index.html'), 'utf8'), /One more paragraph, so this article is new\./);
  // Search has it, from Pagefind's copy of the pages kept between builds (search-pages.ts).
  // Only the pages this build wrote are copied for Pagefind again; the earlier article pages are not.
  const [, copied, total] = /Pagefind's copy: (\d+) of (\d+) page\(s\) written/.exec(added) ?? [];
  assert.ok(Number(copied) >= 1 && Number(total) - Number(copied) >= seeds, `${copied} of ${total} pages copied again`);
  assert.ok(
    fragments().some((f) => f.includes('"url":"/articles/zz-added/"')),
    'the added article is in the search index',
  );
  // The earlier article pages were read by Pagefind while Astro built (early-read.ts), and are in the index.
  assert.match(added, new RegExp(`Pagefind read ${seeds} unchanged page\\(s\\) during the build`));
  for (const f of readdirSync(join(content, 'articles')).filter((x) => x.endsWith('.mdx'))) {
    const url = `"url":"/articles/${f.replace(/\.mdx$/, '')}/"`;
    assert.equal(fragments().filter((x) => x.includes(url)).length, 1, `${url} is in the search index once`);
  }

  // Article HTML is kept in files of its own, not in Astro's content store (article-html-file.ts).
  const addedHtml = htmlFiles().find((f) => f.startsWith('zz-added.'));
  assert.ok(addedHtml, 'the added article has its HTML file');
  assert.match(readFileSync(join(cache, 'article-html', addedHtml), 'utf8'), /<p>/);
  const store = readFileSync(join(cache, 'data-store.json'), 'utf8');
  assert.doesNotMatch(store, /<p>/, 'no article HTML in the store');
  // The renderer's copy of the frontmatter is not kept: the entry's data is the one copy.
  assert.doesNotMatch(store, /"frontmatter":\d/, 'no second copy of the frontmatter in the store');

  // An article file changed in place behind ingest's back, its size and modification time put back:
  // the loader's stamp (articles-loader.ts) still sees it (its change time moved), and the page shows it.
  const addedFile = join(content, 'articles', 'zz-added.mdx');
  const before = statSync(addedFile, { bigint: true });
  writeFileSync(addedFile, readFileSync(addedFile, 'utf8').replace('so this article is new.', 'so this article is NEW.'));
  // To the nanosecond (utimes takes seconds as a double, which loses some).
  const ns = before.mtimeNs;
  const touched = spawnSync('touch', ['-m', '-d', `@${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, '0')}`, addedFile]);
  assert.equal(touched.status, 0, String(touched.stderr));
  const after = statSync(addedFile, { bigint: true });
  assert.deepEqual([after.ino, after.size, after.mtimeNs], [before.ino, before.size, before.mtimeNs]);
  const edited = build();
  assert.match(readFileSync(join(dist, 'articles', 'zz-added', 'index.html'), 'utf8'), /so this article is NEW\./);
  assert.equal(reused(edited), seeds, 'the other article pages are reused');

  rmSync(join(content, 'sources', 'zz-added.md'));
  // Files missing behind the store's back are rendered again.
  rmSync(join(cache, 'article-html'), { recursive: true });
  // Something the build never wrote, in the output folder: it goes too.
  writeFileSync(join(dist, 'articles', 'left-over.html'), '<p>old</p>');
  ingest();
  const removed = build();
  assert.match(removed, /removed \d+ file\(s\) the last build wrote and this one did not/);
  assert.ok(!existsSync(join(dist, 'articles', 'left-over.html')));
  assert.equal(articlePages(), seeds);
  assert.ok(!existsSync(join(dist, 'articles', 'zz-added')), 'the removed article has no page');
  assert.ok(fragments().length > seeds);
  // None may point at the removed page.
  for (const f of fragments()) assert.doesNotMatch(f, /articles\/zz-added\//);
  assert.equal(htmlFiles().length, seeds, 'one HTML file per article, none for the removed one');
  assert.ok(!htmlFiles().some((f) => f.startsWith('zz-added.')));
});
