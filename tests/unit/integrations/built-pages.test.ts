import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { htmlFiles } from '../../../src/integrations/built-pages.ts';

test('every page of the built site, not the search index folder; an article whose id is "pagefind" is a page', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'built-pages-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['index.html', '404.html', 'articles/a/index.html', 'articles/pagefind/index.html', 'pagefind/x.html', 'data/claims.json']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '');
  }
  assert.deepEqual(
    htmlFiles(dir)
      .map((f) => relative(dir, f))
      .sort(),
    ['404.html', 'articles/a/index.html', 'articles/pagefind/index.html', 'index.html'],
  );
});
