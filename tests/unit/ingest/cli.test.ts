import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = (...args: string[]) => spawnSync('node_modules/.bin/node', ['src/ingest/cli.ts', '--content', 'content', ...args], { encoding: 'utf8' });

function folder(): { dir: string; sources: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  copyFileSync('tests/fixtures/ingest/good-article/input.md', join(sources, 'good.md'));
  writeFileSync(join(sources, 'plain.txt'), 'Plain Title\n\nFlask is small.\n');
  writeFileSync(join(sources, 'broken.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  writeFileSync(join(sources, 'empty.md'), '');
  return { dir, sources, out: join(dir, 'articles') };
}

test('bad files are reported with file:line:col, reason and rule and skipped; the good ones are written; exit 1', () => {
  const f = folder();
  const r = cli('--sources', f.sources, '--out', f.out);
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(readdirSync(f.out).sort(), ['good.mdx', 'plain.mdx']);
  assert.match(r.stdout, /broken\.md:1:1 {2}This is a PNG image, not an article.* {2}decode/);
  assert.match(r.stdout, /empty\.md:1:1 {2}The file is empty; nothing to import\. {2}decode/);
  assert.match(r.stdout, /2 imported, 2 failed/);
  assert.match(readFileSync(join(f.out, 'good.mdx'), 'utf8'), /Flask is small and Django is big\./);
});

test('twice gives byte-identical output; --check is 0 when fresh and 1 when a source changed', () => {
  const f = folder();
  cli('--sources', f.sources, '--out', f.out);
  const first = readdirSync(f.out).map((n) => readFileSync(join(f.out, n)));
  cli('--sources', f.sources, '--out', f.out);
  assert.deepEqual(readdirSync(f.out).map((n) => readFileSync(join(f.out, n))), first);
  // The failing files keep --check red; without them it is green.
  assert.equal(cli('--check', '--sources', f.sources, '--out', f.out).status, 1);
  for (const bad of ['broken.md', 'empty.md']) spawnSync('rm', [join(f.sources, bad)]);
  assert.equal(cli('--sources', f.sources, '--out', f.out).status, 0);
  const fresh = cli('--check', '--sources', f.sources, '--out', f.out);
  assert.equal(fresh.status, 0, fresh.stderr);
  writeFileSync(join(f.sources, 'plain.txt'), 'Plain Title\n\nFlask is small. Django is big.\n');
  utimesSync(join(f.sources, 'plain.txt'), new Date(), new Date());
  const stale = cli('--check', '--sources', f.sources, '--out', f.out);
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /plain\.mdx differs from what its source gives/);
});

test('add copies byte for byte and ingests; adding an existing name refuses', () => {
  const f = folder();
  spawnSync('rm', [join(f.sources, 'broken.md'), join(f.sources, 'empty.md')]);
  const incoming = join(f.dir, 'new-article.txt');
  const bytes = new Uint8Array([...new TextEncoder().encode('New Title\r\n\r\nIt'), 0x92, ...new TextEncoder().encode('s Flask.\r\n')]);
  writeFileSync(incoming, bytes);
  const r = cli('add', incoming, '--sources', f.sources, '--out', f.out);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(readFileSync(join(f.sources, 'new-article.txt')), Buffer.from(bytes));
  assert.ok(existsSync(join(f.out, 'new-article.mdx')));
  assert.match(readFileSync(join(f.out, 'new-article.mdx'), 'utf8'), /It’s Flask\./);
  const again = cli('add', incoming, '--sources', f.sources, '--out', f.out);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /already exists/);
});
