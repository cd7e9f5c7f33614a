import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

// A cache of this file's own, so results of other runs (or of a test here that passed a file a later
// test expects refused) are never served.
const CACHE = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
const cli = (...args: string[]) =>
  spawnSync('node_modules/.bin/node', ['src/ingest/cli.ts', '--content', 'tests/fixtures/ingest/_content', ...args], { encoding: 'utf8', env: { ...process.env, INGEST_CACHE_DIR: CACHE } });

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

test('bad files are reported with file:line:col, reason and rule and skipped; the good ones are written; exit 0 (1 with --strict)', () => {
  const f = folder();
  const r = cli('--sources', f.sources, '--out', f.out);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(cli('--strict', '--sources', f.sources, '--out', f.out).status, 1);
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
  assert.deepEqual(
    readdirSync(f.out).map((n) => readFileSync(join(f.out, n))),
    first,
  );
  // Files that cannot be imported are reported by --check but do not fail it: the build goes on without them.
  const withBad = cli('--check', '--sources', f.sources, '--out', f.out);
  assert.equal(withBad.status, 0, withBad.stderr);
  assert.match(withBad.stdout, /broken\.md:1:1 {2}This is a PNG image/);
  assert.match(withBad.stdout, /2 source\(s\) not imported/);
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

test('an unchanged source comes from the cache, a changed one is ingested again, and the output is what --no-cache gives', () => {
  const f = folder();
  const env = { ...process.env, INGEST_CACHE_DIR: join(f.dir, 'cache') };
  const run = (...args: string[]) =>
    spawnSync('node_modules/.bin/node', ['src/ingest/cli.ts', '--content', 'tests/fixtures/ingest/_content', '--sources', f.sources, '--out', f.out, ...args], { encoding: 'utf8', env });
  const snapshot = () => [...readdirSync(f.out).map((n) => readFileSync(join(f.out, n), 'utf8')), readFileSync(join(f.dir, 'claims.json'), 'utf8')];
  const cold = run();
  assert.equal(cold.status, 0, cold.stderr);
  assert.doesNotMatch(cold.stdout, /from the cache/);
  const warm = run();
  // The two good files come from the cache; the two bad ones are tried again (failures are not kept).
  assert.match(warm.stdout, /; 2 unchanged source\(s\) from the cache\./);
  assert.match(warm.stdout, /broken\.md:1:1 {2}This is a PNG image/);
  writeFileSync(join(f.sources, 'plain.txt'), 'Plain Title\n\nFlask is small. Django is big.\n');
  const changed = run();
  assert.match(changed.stdout, /; 1 unchanged source\(s\) from the cache\./);
  assert.match(readFileSync(join(f.out, 'plain.mdx'), 'utf8'), /Django is big\./);
  const withCache = snapshot();
  const uncached = run('--no-cache');
  assert.doesNotMatch(uncached.stdout, /from the cache/);
  assert.deepEqual(snapshot(), withCache);
  // A damaged entry is a miss, not an error.
  const cacheDir = join(f.dir, 'cache');
  for (const sub of readdirSync(cacheDir)) for (const file of readdirSync(join(cacheDir, sub))) writeFileSync(join(cacheDir, sub, file), '{not json');
  const damaged = run();
  assert.equal(damaged.status, 0, damaged.stderr);
  assert.doesNotMatch(damaged.stdout, /from the cache/);
  assert.deepEqual(snapshot(), withCache);
});

test('a re-run writes only what changed: unchanged articles and claims.json keep their dates', () => {
  const f = folder();
  const env = { ...process.env, INGEST_CACHE_DIR: join(f.dir, 'cache') };
  const run = () => spawnSync('node_modules/.bin/node', ['src/ingest/cli.ts', '--content', 'tests/fixtures/ingest/_content', '--sources', f.sources, '--out', f.out], { encoding: 'utf8', env });
  assert.equal(run().status, 0);
  const claims = join(f.dir, 'claims.json');
  const files = [join(f.out, 'good.mdx'), join(f.out, 'plain.mdx'), claims];
  const old = new Date('2001-02-03T04:05:06Z');
  for (const p of files) utimesSync(p, old, old);
  const dated = () => files.map((p) => statSync(p).mtime.getTime() === old.getTime());
  assert.equal(run().status, 0);
  assert.deepEqual(dated(), [true, true, true]);
  // A new claim: the changed article and claims.json are written, the other article is not.
  writeFileSync(join(f.sources, 'plain.txt'), 'Plain Title\n\nFlask is small. Django has much better performance than Flask.\n');
  assert.equal(run().status, 0);
  assert.match(readFileSync(claims, 'utf8'), /much better performance/);
  assert.deepEqual(dated(), [true, false, false]);
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

test('a source that stops importing keeps its last good article and claims, and the report says so', () => {
  const f = folder();
  for (const bad of ['broken.md', 'empty.md']) spawnSync('rm', [join(f.sources, bad)]);
  assert.equal(cli('--sources', f.sources, '--out', f.out).status, 0);
  const before = readFileSync(join(f.out, 'good.mdx'), 'utf8');
  const claimsPath = join(f.dir, 'claims.json');
  const claimsBefore = (JSON.parse(readFileSync(claimsPath, 'utf8')) as Array<{ article: string }>).filter((c) => c.article === 'good');
  assert.ok(claimsBefore.length > 0);
  writeFileSync(join(f.sources, 'good.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  const r = cli('--sources', f.sources, '--out', f.out);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /good\.md was not imported; kept its article from an earlier run \(good\.mdx\)/);
  assert.equal(readFileSync(join(f.out, 'good.mdx'), 'utf8'), before);
  const claimsAfter = (JSON.parse(readFileSync(claimsPath, 'utf8')) as Array<{ article: string }>).filter((c) => c.article === 'good');
  assert.deepEqual(claimsAfter, claimsBefore);
  const check = cli('--check', '--sources', f.sources, '--out', f.out);
  assert.equal(check.status, 0, check.stderr);
});

test('a new file whose name gives an existing id fails loudly and takes nothing over', () => {
  const f = folder();
  for (const bad of ['broken.md', 'empty.md']) spawnSync('rm', [join(f.sources, bad)]);
  cli('--sources', f.sources, '--out', f.out);
  const before = readFileSync(join(f.out, 'good.mdx'), 'utf8');
  // "Good.md" sorts before "good.md" and slugs to the same id: it used to take the article over.
  writeFileSync(join(f.sources, 'Good.md'), '# Impostor\n\nDjango is small.\n');
  const r = cli('--sources', f.sources, '--out', f.out);
  assert.match(r.stdout, /✗ \S*Good\.md was not imported/);
  assert.match(r.stdout, /Its article id "good" belongs to good\.md, which made that article before/);
  assert.equal(readFileSync(join(f.out, 'good.mdx'), 'utf8'), before);
  assert.equal(cli('--strict', '--sources', f.sources, '--out', f.out).status, 1);
});

test('hidden files, symbolic links, folders and orphan sidecars are reported, never skipped silently; .meta.yml sidecars are read', () => {
  const f = folder();
  for (const bad of ['broken.md', 'empty.md']) spawnSync('rm', [join(f.sources, bad)]);
  writeFileSync(join(f.sources, '.draft.md'), '# Draft\n\nFlask.\n');
  symlinkSync('/etc/passwd', join(f.sources, 'passwd.md'));
  mkdirSync(join(f.sources, 'nested'));
  writeFileSync(join(f.sources, 'nobody.meta.yaml'), 'site: Nobody\n');
  writeFileSync(join(f.sources, 'plain.meta.yml'), 'site: Short Sidecar Site\n');
  const r = cli('--sources', f.sources, '--out', f.out);
  assert.match(r.stdout, /– \S*\.draft\.md skipped: hidden files/);
  assert.match(r.stdout, /– \S*passwd\.md skipped: it is a symbolic link/);
  assert.match(r.stdout, /– \S*nested skipped: it is a folder/);
  assert.match(r.stdout, /– \S*nobody\.meta\.yaml skipped: it is a sidecar, but no article/);
  assert.match(r.stdout, /4 skipped/);
  assert.ok(!existsSync(join(f.out, 'passwd.mdx')));
  assert.match(readFileSync(join(f.out, 'plain.mdx'), 'utf8'), /^site: Short Sidecar Site$/m);
});

test('a file that runs over the time limit is stopped and reported; the others are imported', () => {
  const f = folder();
  for (const bad of ['broken.md', 'empty.md']) spawnSync('rm', [join(f.sources, bad)]);
  // Honest but slow: five paragraphs of 2,000 comparative sentences each (0.45 MB, within every input
  // limit). Claims and their anchors grow faster than linearly within one paragraph, so this file takes
  // about 24 s of work against a limit of about 2.4 s here. The small files get 2 s for about 0.05 s of
  // work (up to 0.34 s seen on a loaded machine, where 0.3 s stopped them): room on both sides.
  const paragraph = (p: number) => Array.from({ length: 2000 }, (_, i) => `Flask is faster than Django for service ${p * 2000 + i}.`).join(' ');
  writeFileSync(join(f.sources, 'slow.md'), `# Slow\n\n${Array.from({ length: 5 }, (_, p) => paragraph(p)).join('\n\n')}\n`);
  const r = cli('--time-limit', '2', '--sources', f.sources, '--out', f.out);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /slow\.md:1:1 {2}Importing this file took longer than [\d.]+ s, the limit for a file of its size, so it was stopped/);
  assert.ok(existsSync(join(f.out, 'good.mdx')) && existsSync(join(f.out, 'plain.mdx')));
  assert.ok(!existsSync(join(f.out, 'slow.mdx')));
});

test('an interrupted run leaves each article whole or absent, never truncated; the next run clears its temporary files', async () => {
  const f = folder();
  for (const bad of ['broken.md', 'empty.md']) spawnSync('rm', [join(f.sources, bad)]);
  const good = readFileSync(join(f.sources, 'good.md'), 'utf8');
  const edit = (round: number, i: number) => good.replace('Flask', `Flask edit ${round} ${i}`);
  for (let i = 0; i < 40; i++) writeFileSync(join(f.sources, `copy-${i}.md`), edit(0, i));
  cli('--sources', f.sources, '--out', f.out);
  const { spawn } = await import('node:child_process');
  const { watch } = await import('node:fs');
  // Every article changes, then the run is killed as it starts writing, and a few milliseconds into
  // its writes: fixed delays from the start missed the writes, or hit them, depending on the machine.
  const mixed: number[] = [];
  for (const [round, wait] of [0, 1, 3, 8].entries()) {
    const before = new Map(readdirSync(f.out).map((n) => [n, readFileSync(join(f.out, n), 'utf8')]));
    for (let i = 0; i < 40; i++) writeFileSync(join(f.sources, `copy-${i}.md`), edit(round + 1, i));
    let seen: () => void = () => undefined;
    const firstWrite = new Promise<void>((resolve) => (seen = resolve));
    const watcher = watch(f.out, (_, name) => {
      if (name?.endsWith('.tmp')) seen();
    });
    const child = spawn('node_modules/.bin/node', ['src/ingest/cli.ts', '--content', 'tests/fixtures/ingest/_content', '--sources', f.sources, '--out', f.out], {
      stdio: 'ignore',
      env: { ...process.env, INGEST_CACHE_DIR: CACHE },
    });
    const exited = new Promise((r) => child.once('exit', r));
    await Promise.race([firstWrite, exited]);
    watcher.close();
    await new Promise((r) => setTimeout(r, wait));
    child.kill('SIGKILL');
    await exited;
    let fresh = 0;
    for (const name of readdirSync(f.out)) {
      // A temporary file may stay behind a kill; it is never an article (only `.mdx` files are).
      if (name.endsWith('.tmp')) {
        assert.match(name, /^copy-\d+\.mdx\.\d+\.tmp$/);
        continue;
      }
      const text = readFileSync(join(f.out, name), 'utf8');
      const id = name.slice(5, -4);
      // Whole: the old article, or a complete new one (it ends with the article's last line).
      const whole = text === before.get(name) || (text.endsWith('\n') && text.includes(`Flask edit ${round + 1} ${id}`) && text.split('\n---\n').length === 2);
      assert.ok(whole, `${name} is truncated`);
      if (text !== before.get(name)) fresh++;
    }
    if (fresh > 0 && fresh < 40) mixed.push(round);
  }
  // Whether a kill landed between two writes depends on the machine; the log says which rounds did.
  console.log(`rounds killed between the first and the last write: ${mixed.length ? mixed.join(', ') : 'none'}`);
  const last = cli('--sources', f.sources, '--out', f.out);
  assert.equal(last.status, 0, last.stderr);
  assert.deepEqual(
    readdirSync(f.out).filter((n) => n.endsWith('.tmp')),
    [],
    'the next run deletes the temporary files a killed run left',
  );
  for (let i = 0; i < 40; i++) assert.match(readFileSync(join(f.out, `copy-${i}.mdx`), 'utf8'), new RegExp(`Flask edit 4 ${i}\\b`));
});

test('init writes subjects.yaml and site.yaml from the titles alone, keeps existing files, and the folder then ingests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-init-'));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'one.md'), '# Gleam vs Elixir: a practical comparison\n\nGleam is easier to learn than Elixir.\n');
  writeFileSync(join(dir, 'sources', 'two.txt'), 'Elixir or Gleam?\n\nElixir has a larger community than Gleam.\n');
  const r = spawnSync('node_modules/.bin/node', ['src/ingest/cli.ts', 'init', dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Found: (Gleam vs Elixir|Elixir vs Gleam), named together in 2 title/);
  assert.match(readFileSync(join(dir, 'subjects.yaml'), 'utf8'), /- id: gleam\n {2}name: Gleam/);
  assert.match(readFileSync(join(dir, 'site.yaml'), 'utf8'), /question: "(Gleam or Elixir|Elixir or Gleam): which should you choose\?"/);
  assert.ok(!existsSync(join(dir, 'topics.yaml')));
  const again = spawnSync('node_modules/.bin/node', ['src/ingest/cli.ts', 'init', dir], { encoding: 'utf8' });
  assert.match(again.stdout, /Kept .*subjects\.yaml/);
  const ingest = spawnSync('node_modules/.bin/node', ['src/ingest/cli.ts', '--content', dir], { encoding: 'utf8' });
  assert.equal(ingest.status, 0, ingest.stderr);
  const claims = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as Array<{ subject: string; topic: string; stance: string }>;
  assert.ok(
    claims.some((c) => c.subject === 'gleam' && c.topic === 'learning-curve' && c.stance === 'favours'),
    JSON.stringify(claims),
  );
});
