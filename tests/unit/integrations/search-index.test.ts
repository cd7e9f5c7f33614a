// The search index with Pagefind's early read (early-read.ts): pages read while the build still runs are
// kept only if the build left every one of them as it was; otherwise every page is read again. Real
// Pagefind on a three-page site; what is checked is the index it writes (its fragments), not log lines alone.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readEarly, type EarlyRead } from '../../../src/integrations/early-read.ts';
import { indexSearch } from '../../../src/integrations/search-index.ts';

const page = (title: string, text: string) => `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

function setup(t: { after: (fn: () => void) => void }) {
  const root = mkdtempSync(join(tmpdir(), 'search-index-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const site = join(root, 'site');
  const content = join(root, 'content');
  const work = join(root, 'cache', 'search-pages');
  mkdirSync(join(content, 'articles'), { recursive: true });
  const long = new Date(Date.now() - 3_600_000);
  for (const f of ['site.yaml', 'subjects.yaml', 'topics.yaml', 'chooser.yaml']) {
    cpSync(join('content', f), join(content, f));
    utimesSync(join(content, f), long, long);
  }
  writeFileSync(join(content, 'claims.json'), '[]');
  /** An article: its file (written an hour ago, as by an earlier ingest) and its built page. */
  const article = (id: string, text: string, builtAt = new Date()) => {
    writeFileSync(join(content, 'articles', `${id}.mdx`), `---\ntitle: ${id}\n---\n${text}\n`);
    utimesSync(join(content, 'articles', `${id}.mdx`), long, long);
    mkdirSync(join(site, 'articles', id), { recursive: true });
    writeFileSync(join(site, 'articles', id, 'index.html'), page(id, text));
    utimesSync(join(site, 'articles', id, 'index.html'), builtAt, builtAt);
  };
  const lines: string[] = [];
  /** One build's search index, written over the last one (indexSearch replaces it whole). */
  const index = (early?: EarlyRead) => {
    lines.length = 0;
    return indexSearch(site, content, (line) => lines.push(line), work, early);
  };
  /** What the written index holds: the text of every page's fragment. */
  const indexed = () =>
    readdirSync(join(site, 'pagefind', 'fragment'))
      .map((f) => gunzipSync(readFileSync(join(site, 'pagefind', 'fragment', f))).toString('utf8'))
      .join('\n');
  /** The first build: two articles, indexed without an early read. */
  const firstBuild = async () => {
    article('alpha', 'Aardvarks everywhere.');
    article('beta', 'Bumblebees everywhere.');
    await index();
  };
  /** Asserts that the last index run logged a line matching `pattern`. */
  const logged = (pattern: RegExp) =>
    assert.ok(
      lines.some((l) => pattern.test(l)),
      `${pattern} in:\n${lines.join('\n')}`,
    );
  return { site, content, work, article, index, indexed, firstBuild, logged };
}

test('pages read early are used when the build left them as they were', { timeout: 60_000 }, async (t) => {
  const { site, content, work, article, index, indexed, firstBuild, logged } = setup(t);
  await firstBuild();
  assert.match(indexed(), /Bumblebees/);

  // The next build: Pagefind starts on both pages, then the build adds a third.
  const early = readEarly(site, content, work);
  assert.deepEqual([...early!.pages].sort(), ['articles/alpha/index.html', 'articles/beta/index.html']);
  article('gamma', 'Giraffes everywhere.');
  await index(early);
  logged(/Pagefind read 2 unchanged page\(s\) during the build \(waited \d+ ms for the last of them\) and 1 now \(\d+ ms\)\./);
  logged(/indexed 3 page\(s\)/);
  for (const word of ['Aardvarks', 'Bumblebees', 'Giraffes']) assert.match(indexed(), new RegExp(word));
});

test('a page read early that the build then changed sets the early read aside: the index has the new text', { timeout: 60_000 }, async (t) => {
  const { site, content, work, article, index, indexed, firstBuild, logged } = setup(t);
  await firstBuild();

  const early = readEarly(site, content, work);
  assert.equal(early?.pages.size, 2);
  await early!.read;
  // Rendered again by the build, though its article file did not change (new code, say).
  article('beta', 'Butterflies instead.', new Date(Date.now() + 5_000));
  await index(early);
  logged(/early read is set aside: 1 of its 2 page\(s\) changed/);
  assert.match(indexed(), /Butterflies/);
  assert.doesNotMatch(indexed(), /Bumblebees/);
  assert.match(indexed(), /Aardvarks/);
});

test('a page read early that this build no longer makes sets the early read aside: it is not in the index', { timeout: 60_000 }, async (t) => {
  const { site, content, work, index, indexed, firstBuild, logged } = setup(t);
  await firstBuild();

  const early = readEarly(site, content, work);
  assert.equal(early?.pages.size, 2);
  // The build no longer makes beta's page (stale-files.ts removed it) though the early read has it.
  rmSync(join(site, 'articles', 'beta'), { recursive: true });
  await index(early);
  logged(/early read is set aside: 1 of its 2 page\(s\) changed/);
  assert.doesNotMatch(indexed(), /Bumblebees/);
  assert.match(indexed(), /Aardvarks/);
});

test('no early read for an article whose file is newer than its page, or when the comparison data changed', async (t) => {
  const { site, content, work, firstBuild } = setup(t);
  await firstBuild();
  const now = new Date(Date.now() + 5_000);
  utimesSync(join(content, 'articles', 'beta.mdx'), now, now);
  assert.deepEqual([...readEarly(site, content, work)!.pages], ['articles/alpha/index.html']);
  utimesSync(join(content, 'subjects.yaml'), now, now);
  assert.equal(readEarly(site, content, work), undefined);
});

/** Every fragment of the index in `site`: name → its bytes, uncompressed. */
const fragments = (site: string) => new Map(readdirSync(join(site, 'pagefind', 'fragment')).map((f) => [f, gunzipSync(readFileSync(join(site, 'pagefind', 'fragment', f))).toString('utf8')]));
/** The index Pagefind writes for the same pages from nothing: a copy of the site, indexed without a kept folder. */
async function freshFragments(site: string, content: string) {
  const copy = `${site}-fresh`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(site, copy, { recursive: true });
  rmSync(join(copy, 'pagefind'), { recursive: true, force: true });
  await indexSearch(copy, content, () => undefined);
  return fragments(copy);
}
const inode = (site: string, name: string) => statSync(join(site, 'pagefind', 'fragment', name)).ino;

test('an unchanged page keeps its fragment from the last index (the same file), and the index is the one Pagefind writes from nothing', { timeout: 60_000 }, async (t) => {
  const { site, content, article, index, firstBuild, logged } = setup(t);
  await firstBuild();
  const before = fragments(site);
  const alpha = [...before].find(([, text]) => text.includes('Aardvarks'))![0];
  const alphaInode = inode(site, alpha);

  article('beta', 'Butterflies instead.', new Date(Date.now() + 5_000));
  await index();
  logged(/\(1 unchanged page\(s\)' fragments kept from the last index\)/);
  const after = fragments(site);
  assert.equal(inode(site, alpha), alphaInode, 'alpha’s fragment is the last index’s file');
  assert.deepEqual(after, await freshFragments(site, content));
  assert.ok([...after.values()].some((text) => text.includes('Butterflies')));
  assert.ok(![...after.values()].some((text) => text.includes('Bumblebees')), 'the changed page’s old fragment is gone');
});

test('nothing is kept from an index another Pagefind made, or a fragment file that is not the one recorded (a killed write)', { timeout: 60_000 }, async (t) => {
  const { site, content, work, index, firstBuild, logged } = setup(t);
  await firstBuild();
  const ledger = join(work, 'fragments.json');
  const recorded = JSON.parse(readFileSync(ledger, 'utf8')) as { version: string };
  writeFileSync(ledger, JSON.stringify({ ...recorded, version: '0.0.1' }));
  await index();
  logged(/written again without the last one's fragments: Pagefind is now \S+; the last index was made by 0\.0\.1/);
  assert.deepEqual(fragments(site), await freshFragments(site, content));

  // A fragment rewritten since the ledger recorded it (a new file, cut short): it is not reused.
  const [name, text] = [...fragments(site)].find(([, body]) => body.includes('Aardvarks'))!;
  const file = join(site, 'pagefind', 'fragment', name);
  rmSync(file);
  writeFileSync(file, gzipSync(Buffer.from(`pagefind_dcd${text.slice(12, 40)}`)));
  await index();
  logged(/\(1 unchanged page\(s\)' fragments kept from the last index\)/);
  assert.deepEqual(fragments(site), await freshFragments(site, content));
});
