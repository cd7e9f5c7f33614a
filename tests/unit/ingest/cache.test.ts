import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { engineFingerprint, openCache } from '../../../src/ingest/cache.ts';
import { loadContext } from '../../../src/ingest/context.ts';
import type { IngestResult, SourceFile } from '../../../src/ingest/pipeline.ts';

const ctx = loadContext('tests/fixtures/ingest/_content');
const src: SourceFile = { name: 'a.md', bytes: Buffer.from('# A\n\nFlask is small.\n'), sidecar: { site: 'S' } };
const result = { id: 'a', data: { title: 'A' }, mdx: '---\ntitle: A\n---\n', claims: [], problems: [] } as unknown as IngestResult;

test('an entry is found only for the same name, bytes, sidecar, subjects, taxonomy and engine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-unit-'));
  const cache = openCache(dir, ctx, 'engine-1');
  assert.equal(cache.get(src), undefined);
  cache.put(src, result);
  assert.deepEqual(cache.get(src), result);
  assert.equal(cache.get({ ...src, name: 'b.md' }), undefined, 'another name');
  assert.equal(cache.get({ ...src, bytes: Buffer.from('# A\n\nFlask is big.\n') }), undefined, 'other bytes');
  assert.equal(cache.get({ ...src, sidecar: { site: 'T' } }), undefined, 'another sidecar');
  assert.equal(openCache(dir, ctx, 'engine-2').get(src), undefined, 'other ingest code');
  const renamed = { ...ctx, subjects: ctx.subjects.map((s, i) => (i === 0 ? { ...s, name: `${s.name}!` } : s)) };
  assert.equal(openCache(dir, renamed, 'engine-1').get(src), undefined, 'other subjects');
  const fewerTopics = { ...ctx, topics: ctx.topics.slice(1) };
  assert.equal(openCache(dir, fewerTopics, 'engine-1').get(src), undefined, 'another taxonomy');
  assert.deepEqual(openCache(dir, { ...ctx, curation: [] }, 'engine-1').get(src), result, 'curation is applied after the cache, so it is not part of the key');
});

test('has() says whether an entry exists without reading it: a damaged one exists, and get() misses it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-unit-'));
  const cache = openCache(dir, ctx, 'engine-1');
  assert.equal(cache.has(src), false);
  cache.put(src, result);
  assert.equal(cache.has(src), true);
  assert.equal(cache.has({ ...src, name: 'b.md' }), false);
  for (const sub of readdirSync(dir)) for (const file of readdirSync(join(dir, sub))) writeFileSync(join(dir, sub, file), '{not json');
  assert.equal(cache.has(src), true);
  assert.equal(cache.get(src), undefined);
});

test('the engine fingerprint is stable and covers the ingest code', () => {
  const a = engineFingerprint();
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.equal(engineFingerprint(), a);
});

test('put() stores a result already serialized (as a worker sends it) as it is, without serializing it again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-unit-'));
  const cache = openCache(dir, ctx, 'engine-1');
  // The JSON differs from `result` on purpose: what is stored must be the string, not the object.
  const json = JSON.stringify({ ...result, mdx: 'as sent by the worker' });
  cache.put(src, result, json);
  assert.equal(cache.get(src)?.mdx, 'as sent by the worker');
  const [sub] = readdirSync(dir);
  const [file] = readdirSync(join(dir, sub!));
  assert.equal(readFileSync(join(dir, sub!, file!), 'utf8'), json);
});
