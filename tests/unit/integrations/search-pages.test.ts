import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { currentArticleCopies, linkPages, preparePages } from '../../../src/integrations/search-pages.ts';

const ARTICLE = '<html><body><main data-pagefind-body><h1>Title A</h1><p><span id="c-1" class="claim">Flask is small.</span> More.</p></main></body></html>';

function setup(t: { after: (fn: () => void) => void }) {
  const root = mkdtempSync(join(tmpdir(), 'search-pages-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const site = join(root, 'site');
  const dir = join(root, 'copy');
  mkdirSync(join(site, 'articles', 'a'), { recursive: true });
  writeFileSync(join(site, 'articles', 'a', 'index.html'), ARTICLE);
  writeFileSync(join(site, 'index.html'), '<html><body><main data-pagefind-body>Home</main></body></html>');
  mkdirSync(join(site, 'pagefind'));
  writeFileSync(join(site, 'pagefind', 'not-a-page.html'), 'x');
  return { site, dir };
}
const titles = (title: string) => new Map([['a', new Map([['c-1', title]])]]);
const later = (file: string) => utimesSync(file, new Date(), new Date(Date.now() + 10_000));

test('marks article pages, copies the rest, skips the old search index', (t) => {
  const { site, dir } = setup(t);
  const all = new Set(['articles/a/index.html', 'index.html']);
  assert.deepEqual(preparePages(site, titles('Flask · Size · for'), dir), { pages: 2, anchors: 1, written: 2, paths: all, rewritten: all });
  const copy = readFileSync(join(dir, 'articles', 'a', 'index.html'), 'utf8');
  assert.match(copy, /<span id="c-1" data-pagefind-title="Flask · Size · for"><\/span><span class="claim">Flask is small\.<\/span>/);
  assert.ok(existsSync(join(dir, 'index.html')));
  assert.ok(!existsSync(join(dir, 'pagefind')));
});

test('a second run writes only pages whose file or claim titles changed, and drops pages gone', (t) => {
  const { site, dir } = setup(t);
  preparePages(site, titles('one'), dir);
  assert.equal(preparePages(site, titles('one'), dir).written, 0, 'nothing changed');

  assert.equal(preparePages(site, titles('two'), dir).written, 1, 'a title changed');
  assert.match(readFileSync(join(dir, 'articles', 'a', 'index.html'), 'utf8'), /data-pagefind-title="two"/);

  writeFileSync(join(site, 'index.html'), '<html><body><main data-pagefind-body>New home</main></body></html>');
  later(join(site, 'index.html'));
  assert.equal(preparePages(site, titles('two'), dir).written, 1, 'a page rewritten by the build');
  assert.match(readFileSync(join(dir, 'index.html'), 'utf8'), /New home/);

  rmSync(join(site, 'articles'), { recursive: true });
  assert.deepEqual(preparePages(site, titles('two'), dir), { pages: 1, anchors: 0, written: 0, paths: new Set(['index.html']), rewritten: new Set() });
  assert.ok(!existsSync(join(dir, 'articles', 'a', 'index.html')), 'the copy of a page no longer built is removed');
});

test('a page without a search body is not copied (Pagefind would parse it for nothing), until it has one', (t) => {
  const { site, dir } = setup(t);
  mkdirSync(join(site, 'articles', 'page', '2'), { recursive: true });
  const list = join(site, 'articles', 'page', '2', 'index.html');
  writeFileSync(list, '<html><body><main><h1>Articles 21–40</h1></main></body></html>');
  const indexed = new Set(['articles/a/index.html', 'index.html']);
  assert.deepEqual(preparePages(site, titles('one'), dir), { pages: 2, anchors: 1, written: 2, paths: indexed, rewritten: indexed });
  assert.ok(!existsSync(join(dir, 'articles', 'page', '2', 'index.html')));
  // Unchanged: known from the manifest, not read again.
  assert.deepEqual(preparePages(site, titles('one'), dir).paths, indexed);

  writeFileSync(list, '<html><body><main data-pagefind-body><h1>Articles 21–40</h1></main></body></html>');
  later(list);
  const prepared = preparePages(site, titles('one'), dir);
  assert.ok(prepared.paths.has('articles/page/2/index.html') && prepared.rewritten.has('articles/page/2/index.html'));
  assert.match(readFileSync(join(dir, 'articles', 'page', '2', 'index.html'), 'utf8'), /data-pagefind-body/);

  // And back: its copy goes.
  writeFileSync(list, '<html><body><main><h1>Articles 21 to 40</h1></main></body></html>');
  later(list);
  assert.ok(!preparePages(site, titles('one'), dir).paths.has('articles/page/2/index.html'));
  assert.ok(!existsSync(join(dir, 'articles', 'page', '2', 'index.html')));
});

test('a copy deleted behind its back is written again', (t) => {
  const { site, dir } = setup(t);
  preparePages(site, titles('one'), dir);
  rmSync(join(dir, 'index.html'));
  assert.equal(preparePages(site, titles('one'), dir).written, 1);
  assert.ok(existsSync(join(dir, 'index.html')));
});

test('the article pages whose copy is current, for an early read, and hard links to them that keep the old copy', (t) => {
  const { site, dir } = setup(t);
  assert.deepEqual(
    currentArticleCopies(site, dir, () => true),
    [],
    'no copy yet',
  );
  preparePages(site, titles('one'), dir);
  assert.deepEqual(
    currentArticleCopies(site, dir, () => true),
    ['articles/a/index.html'],
    'article pages only',
  );
  assert.deepEqual(
    currentArticleCopies(site, dir, () => false),
    [],
    'unless the caller expects a change',
  );

  const linked = join(dir, '..', 'linked');
  linkPages(dir, ['articles/a/index.html'], linked);
  assert.match(readFileSync(join(linked, 'articles', 'a', 'index.html'), 'utf8'), /data-pagefind-title="one"/);
  // The next build changes the page: its copy is a new file, the linked one still holds what was read.
  writeFileSync(join(site, 'articles', 'a', 'index.html'), ARTICLE.replace('More.', 'Changed.'));
  later(join(site, 'articles', 'a', 'index.html'));
  assert.deepEqual(
    currentArticleCopies(site, dir, () => true),
    [],
    'the page is newer than its copy',
  );
  preparePages(site, titles('one'), dir);
  assert.match(readFileSync(join(dir, 'articles', 'a', 'index.html'), 'utf8'), /Changed\./);
  assert.match(readFileSync(join(linked, 'articles', 'a', 'index.html'), 'utf8'), /More\./);
});

test('the linked folder is brought up to date: links to unchanged copies stay, changed copies are linked again, pages not asked for go', (t) => {
  const { site, dir } = setup(t);
  mkdirSync(join(site, 'articles', 'b'), { recursive: true });
  writeFileSync(join(site, 'articles', 'b', 'index.html'), ARTICLE.replace('Title A', 'Title B'));
  preparePages(site, titles('one'), dir);
  const linked = join(dir, '..', 'linked');
  const a = join(linked, 'articles', 'a', 'index.html');
  const b = join(linked, 'articles', 'b', 'index.html');
  linkPages(dir, ['articles/a/index.html', 'articles/b/index.html'], linked);
  const before = { a: statSync(a).ino, b: statSync(b).ino };
  assert.equal(before.a, statSync(join(dir, 'articles', 'a', 'index.html')).ino, 'a hard link, not a copy');

  // Page a changes (its copy becomes a new file); b is no longer asked for; the home page is.
  writeFileSync(join(site, 'articles', 'a', 'index.html'), ARTICLE.replace('More.', 'Changed.'));
  later(join(site, 'articles', 'a', 'index.html'));
  preparePages(site, titles('one'), dir);
  linkPages(dir, ['articles/a/index.html', 'index.html'], linked);
  assert.match(readFileSync(a, 'utf8'), /Changed\./);
  assert.notEqual(statSync(a).ino, before.a);
  assert.ok(!existsSync(b), 'a page not asked for is gone');
  assert.ok(existsSync(join(linked, 'index.html')));

  // Nothing changed: every link stays as it is.
  const kept = statSync(a).ino;
  linkPages(dir, ['articles/a/index.html', 'index.html'], linked);
  assert.equal(statSync(a).ino, kept);
});
