// The checks after Pagefind wrote over reused fragments (pagefind-reuse.ts), on a small index made by
// hand in Pagefind's format (gzip, its marker, CBOR metadata): a collision cannot be had from real
// Pagefind on demand, as it takes two pages whose digests share 28 bits. The real thing is exercised in
// search-index.test.ts.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { encode } from 'cbor2';
import { seedFragments, settleFragments } from '../../../src/integrations/pagefind-reuse.ts';

const OPTIONS = '{"excludeSelectors":[]}';
const packed = (data: Uint8Array | string) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(data)]));

/** An index in `folder` whose metadata names `named` (fragment name → page URL); `extra` fragments exist but are not named. */
function writeIndex(folder: string, named: Record<string, string>, extra: string[] = [], version = '1.6.0') {
  mkdirSync(join(folder, 'fragment'), { recursive: true });
  writeFileSync(join(folder, 'pagefind-entry.json'), JSON.stringify({ version, languages: { en: { hash: 'en_meta', page_count: 2 } } }));
  const pages = Object.keys(named).map((name) => [name, 3, '']);
  writeFileSync(join(folder, 'pagefind.en_meta.pf_meta'), packed(encode([version, pages, [['a', 'z', 'en_chunk']], []])));
  for (const [name, url] of Object.entries(named)) writeFileSync(join(folder, 'fragment', `${name}.pf_fragment`), packed(JSON.stringify({ url, content: name })));
  for (const name of extra) writeFileSync(join(folder, 'fragment', `${name}.pf_fragment`), packed(JSON.stringify({ url: '/gone/', content: name })));
}

function setup(t: { after: (fn: () => void) => void }) {
  const root = mkdtempSync(join(tmpdir(), 'pagefind-reuse-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const copies = join(root, 'copies');
  for (const page of ['a', 'b']) {
    mkdirSync(join(copies, page), { recursive: true });
    writeFileSync(join(copies, page, 'index.html'), `<p>${page}</p>`);
  }
  return { root, copies };
}

test('a recorded index: its fragments are reused for unchanged copies only, and the ledger names each page', (t) => {
  const { root, copies } = setup(t);
  const last = join(root, 'last');
  writeIndex(last, { en_aaaaaaa: '/a/', en_bbbbbbb: '/b/' });
  assert.equal(settleFragments(last, copies, new Set(), OPTIONS), undefined);
  const ledger = JSON.parse(readFileSync(join(copies, 'fragments.json'), 'utf8')) as { fragments: Record<string, { page: string }> };
  assert.deepEqual(Object.fromEntries(Object.entries(ledger.fragments).map(([name, e]) => [name, e.page])), { en_aaaaaaa: 'a/index.html', en_bbbbbbb: 'b/index.html' });

  // b's copy is rewritten (a new file): only a's fragment is reused; other options reuse nothing.
  rmSync(join(copies, 'b', 'index.html'));
  writeFileSync(join(copies, 'b', 'index.html'), '<p>b, again</p>');
  assert.deepEqual([...seedFragments(last, join(root, 'other'), copies, '{"excludeSelectors":[".x"]}')], []);
  assert.deepEqual([...seedFragments(last, join(root, 'next'), copies, OPTIONS)], ['en_aaaaaaa']);
});

test('a reused fragment whose name a new one extends (a collision) asks for a fresh write', (t) => {
  const { root, copies } = setup(t);
  const last = join(root, 'last');
  writeIndex(last, { en_abc1234: '/a/' });
  settleFragments(last, copies, new Set(), OPTIONS);
  const next = join(root, 'next');
  const seeded = seedFragments(last, next, copies, OPTIONS);
  assert.deepEqual([...seeded], ['en_abc1234']);
  // Pagefind gave b the 7-digit name first and a the longer one, so it skipped b's file: a's was there.
  writeIndex(next, { en_abc12345: '/a/' });
  writeFileSync(
    join(next, 'pagefind.en_meta.pf_meta'),
    packed(
      encode([
        '1.6.0',
        [
          ['en_abc1234', 3, ''],
          ['en_abc12345', 3, ''],
        ],
        [],
        [],
      ]),
    ),
  );
  assert.match(settleFragments(next, copies, seeded, OPTIONS) ?? '', /share a prefix \(en_abc1234, en_abc12345\) where one was reused/);
  assert.ok(!existsSync(join(copies, 'fragments.json')), 'no ledger for an index that is written again');
});

test('a reused fragment the new index does not name is removed; an unnamed one Pagefind wrote asks for a fresh write', (t) => {
  const { root, copies } = setup(t);
  const last = join(root, 'last');
  writeIndex(last, { en_aaaaaaa: '/a/', en_bbbbbbb: '/b/' });
  settleFragments(last, copies, new Set(), OPTIONS);
  const next = join(root, 'next');
  const seeded = seedFragments(last, next, copies, OPTIONS);
  writeIndex(next, { en_aaaaaaa: '/a/' });
  assert.equal(settleFragments(next, copies, seeded, OPTIONS), undefined);
  assert.ok(!existsSync(join(next, 'fragment', 'en_bbbbbbb.pf_fragment')), 'the unused fragment is gone');
  assert.ok(existsSync(join(next, 'fragment', 'en_aaaaaaa.pf_fragment')));

  const third = join(root, 'third');
  writeIndex(third, { en_aaaaaaa: '/a/' }, ['en_ccccccc']);
  assert.match(settleFragments(third, copies, new Set(), OPTIONS) ?? '', /fragment en_ccccccc is not named in its metadata/);
});

test('metadata that is not in Pagefind’s format is an error naming the file, and leaves no ledger', (t) => {
  const { root, copies } = setup(t);
  const last = join(root, 'last');
  writeIndex(last, { en_aaaaaaa: '/a/' });
  settleFragments(last, copies, new Set(), OPTIONS);
  writeFileSync(join(last, 'pagefind.en_meta.pf_meta'), gzipSync(Buffer.from('not pagefind')));
  assert.throws(() => settleFragments(last, copies, new Set(), OPTIONS), /pagefind\.en_meta\.pf_meta does not start as Pagefind's files do/);
  assert.ok(!existsSync(join(copies, 'fragments.json')));
});
