import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { articleHtmlFile, hasArticleHtml, readArticleHtml, removeArticleHtml, writeArticleHtml } from '../../../src/content/article-html-file.ts';

test('an article’s HTML file: named by id and digest, written whole, read back, removed', (t) => {
  const cache = mkdtempSync(join(tmpdir(), 'article-html-'));
  t.after(() => rmSync(cache, { recursive: true, force: true }));
  const file = articleHtmlFile(cache, 'flask-vs-django', 'abc123');
  assert.equal(file, join(cache, 'article-html', 'flask-vs-django.abc123.html'));
  assert.notEqual(articleHtmlFile(cache, 'flask-vs-django', 'def456'), file, 'another version of the article is another file');

  assert.equal(hasArticleHtml(file), false);
  assert.equal(hasArticleHtml(undefined), false);
  writeArticleHtml(file, '<p>Flask is small.</p>');
  assert.equal(hasArticleHtml(file), true);
  // Written under another name and renamed: nothing partial is left beside it.
  assert.deepEqual(readdirSync(join(cache, 'article-html')), ['flask-vs-django.abc123.html']);
  assert.equal(readArticleHtml('flask-vs-django', { htmlFile: file }), '<p>Flask is small.</p>');

  removeArticleHtml(file);
  removeArticleHtml(undefined);
  assert.equal(existsSync(file), false);
});

test('reading an article whose HTML file is missing, or not named, fails with the article and the file', () => {
  assert.throws(() => readArticleHtml('gone', { htmlFile: '/nonexistent/article-html/gone.1.html' }), /article "gone" \(\/nonexistent\/article-html\/gone\.1\.html\) cannot be read.*build again/);
  assert.throws(() => readArticleHtml('old', undefined), /article "old" has no rendered HTML file/);
  assert.throws(() => readArticleHtml('odd', { htmlFile: 42 }), /article "odd" has no rendered HTML file/);
});
