import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { articleHtmlDir, articleHtmlFile, hasArticleHtml, readArticleHtml, removeArticleHtml, removeUnnamed, writeArticleHtml } from '../../../src/content/article-html-file.ts';

function cacheFolder(t: { after: (fn: () => void) => void }): string {
  const cache = mkdtempSync(join(tmpdir(), 'article-html-'));
  t.after(() => rmSync(cache, { recursive: true, force: true }));
  return cache;
}

test('an article’s HTML file: named by id and digest, written whole, read back, removed', (t) => {
  const cache = cacheFolder(t);
  const folder = articleHtmlDir(cache, false);
  assert.equal(folder, join(cache, 'article-html'));
  assert.notEqual(articleHtmlDir(cache, true), folder, 'astro dev has a folder of its own');
  const file = articleHtmlFile(folder, 'flask-vs-django', 'abc123');
  assert.equal(file, join(folder, 'flask-vs-django.abc123.html'));
  assert.notEqual(articleHtmlFile(folder, 'flask-vs-django', 'def456'), file, 'another version of the article is another file');

  assert.equal(hasArticleHtml(file), false);
  assert.equal(hasArticleHtml(undefined), false);
  writeArticleHtml(file, '<p>Flask is small.</p>');
  assert.equal(hasArticleHtml(file), true);
  // Written under another name and renamed: nothing partial is left beside it.
  assert.deepEqual(readdirSync(folder), ['flask-vs-django.abc123.html']);
  assert.equal(readArticleHtml('flask-vs-django', { htmlFile: file }), '<p>Flask is small.</p>');

  removeArticleHtml(folder, file);
  removeArticleHtml(folder, undefined);
  assert.equal(existsSync(file), false);
});

test('only files in the folder are ever deleted; files no entry names are', (t) => {
  const cache = cacheFolder(t);
  const folder = articleHtmlDir(cache, false);
  // A store copied from another checkout names a file outside this folder: it is left alone.
  const elsewhere = join(cache, 'elsewhere', 'a.1.html');
  mkdirSync(join(cache, 'elsewhere'));
  writeFileSync(elsewhere, 'x');
  removeArticleHtml(folder, elsewhere);
  assert.ok(existsSync(elsewhere));

  const kept = articleHtmlFile(folder, 'kept', '1');
  writeArticleHtml(kept, 'kept');
  writeArticleHtml(articleHtmlFile(folder, 'gone', '2'), 'gone');
  writeFileSync(join(folder, 'half.3.html.123.abc.partial'), 'half');
  removeUnnamed(folder, new Set([kept]));
  assert.deepEqual(readdirSync(folder), ['kept.1.html']);
  removeUnnamed(join(cache, 'missing'), new Set());
});

test('reading an article whose HTML file is missing, or not named, fails with the article and the file', () => {
  assert.throws(() => readArticleHtml('gone', { htmlFile: '/nonexistent/article-html/gone.1.html' }), /article "gone" \(\/nonexistent\/article-html\/gone\.1\.html\) cannot be read.*build again/);
  assert.throws(() => readArticleHtml('old', undefined), /article "old" has no rendered HTML file/);
  assert.throws(() => readArticleHtml('odd', { htmlFile: 42 }), /article "odd" has no rendered HTML file/);
});
