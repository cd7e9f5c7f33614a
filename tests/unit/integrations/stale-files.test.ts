import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pageFile } from '../../../src/integrations/built-pages.ts';
import { removeStale, snapshot } from '../../../src/integrations/stale-files.ts';

test('page paths map to the files Astro writes in directory format', () => {
  assert.equal(pageFile(''), 'index.html');
  assert.equal(pageFile('articles/x/'), 'articles/x/index.html');
  assert.equal(pageFile('/topics/'), 'topics/index.html');
  assert.equal(pageFile('404'), '404.html');
});

test('removes what the last build left and this one did not write; keeps pages, new files and .git', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'stale-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const put = (rel: string) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), rel);
    // Written "before" the build: an hour ago.
    utimesSync(join(dir, rel), new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
  };
  for (const f of ['index.html', 'articles/kept/index.html', 'articles/gone/index.html', 'pagefind/fragment/old.pf_fragment', '_astro/old.js', '.git/HEAD', 'data/claims.json']) put(f);
  const before = snapshot(dir);
  assert.ok(!before.has('.git/HEAD'), '.git is not looked into');
  // This build rewrites the dataset and writes a new script; it reuses two pages in place.
  writeFileSync(join(dir, 'data/claims.json'), '[]');
  writeFileSync(join(dir, '_astro/new.js'), '');
  const removed = removeStale(dir, before, new Set(['index.html', 'articles/kept/index.html']));
  assert.deepEqual(removed.sort(), ['_astro/old.js', 'articles/gone/index.html', 'pagefind/fragment/old.pf_fragment']);
  for (const f of ['index.html', 'articles/kept/index.html', 'data/claims.json', '_astro/new.js', '.git/HEAD']) assert.ok(existsSync(join(dir, f)), f);
  assert.ok(!existsSync(join(dir, 'articles/gone')), 'an emptied folder goes');
  assert.ok(!existsSync(join(dir, 'pagefind')), 'nested emptied folders go');
});

test('nothing to do on a first build', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'stale-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const before = snapshot(join(dir, 'missing'));
  assert.equal(before.size, 0);
  writeFileSync(join(dir, 'index.html'), '');
  assert.deepEqual(removeStale(dir, before, new Set()), []);
  assert.ok(existsSync(join(dir, 'index.html')));
});

test('a folder another step replaces whole (the search index) is neither looked into nor touched', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'stale-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const hourAgo = new Date(Date.now() - 3600_000);
  for (const rel of ['index.html', 'pagefind/fragment/old.pf_fragment', 'articles/pagefind/index.html']) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), rel);
    utimesSync(join(dir, rel), hourAgo, hourAgo);
  }
  const skip = new Set(['pagefind']);
  const before = snapshot(dir, skip);
  assert.deepEqual([...before.keys()].sort(), ['articles/pagefind/index.html', 'index.html'], 'only the top-level folder of that name is skipped');
  const removed = removeStale(dir, before, new Set(['index.html']), skip);
  assert.deepEqual(removed, ['articles/pagefind/index.html']);
  assert.ok(existsSync(join(dir, 'pagefind/fragment/old.pf_fragment')), 'the skipped folder is left as it is');
});
