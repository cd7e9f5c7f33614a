// Slow tier: large inputs, where speed bugs (quadratic parsing) show up as minutes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bigArticle } from '../fixtures/ingest/make-fixtures.ts';
import { loadContext } from '../../src/ingest/context.ts';
import { ingestOne } from '../../src/ingest/pipeline.ts';

const ctx = loadContext('tests/fixtures/ingest/_content');

test('a 2 MB article (generated) is imported whole', () => {
  const bytes = bigArticle();
  assert.ok(bytes.length >= 2 * 1024 * 1024);
  const started = performance.now();
  const r = ingestOne({ name: 'big.md', bytes }, ctx);
  const ms = performance.now() - started;
  assert.equal(r.data.title, 'A Very Long Comparison');
  const parts = (new TextDecoder().decode(bytes).match(/^## Part \d+$/gm) ?? []).length;
  // Every numbered part is there, first and last included, as a heading, a list and a table.
  assert.ok(r.mdx.includes('\n## Part 0\n'));
  const last = /## Part (\d+)\n/g;
  let n = -1;
  for (const m of r.mdx.matchAll(last)) n = Number(m[1]);
  assert.equal(n, parts - 1);
  assert.equal((r.mdx.match(/^## Part \d+$/gm) ?? []).length, parts);
  assert.ok(r.mdx.includes(`- point ${n} two\n`));
  assert.ok(r.mdx.includes(`| ${n} | x |`));
  assert.deepEqual(r.problems, []);
  // micromark's parse alone took 90 s (quadratic in list items); satteri's takes under a second. The
  // whole import is about 10 s on an idle machine, mostly claim extraction; the bound catches a quadratic.
  assert.ok(ms < 150_000, `took ${Math.round(ms)} ms`);
  console.log(`2 MB article: ${Math.round(ms)} ms`);
});
