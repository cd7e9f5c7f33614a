import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { loadContext } from '../../../src/ingest/context.ts';
import { ingestOne } from '../../../src/ingest/pipeline.ts';
import { formatReport } from '../../../src/ingest/report.ts';
import { detectSourceType } from '../../../src/ingest/steps/source-type.ts';

// Small articles written for this test (tests/fixtures/source-type/): the type a page's own words give
// it, the line that says so, and a sidecar that always wins.
const DIR = 'tests/fixtures/source-type';
const ctx = loadContext('tests/fixtures/hostile/content');
const ingest = (name: string, sidecar?: string) =>
  ingestOne({ name, bytes: readFileSync(`${DIR}/${name}`), sidecar: sidecar ? (parse(readFileSync(`${DIR}/${sidecar}`, 'utf8')) as Record<string, unknown>) : undefined }, ctx);

test('a page written by a company selling the work is a vendor page, with the line that says so', () => {
  const r = ingest('vendor-page.txt');
  assert.equal(r.data.sourceType, 'vendor');
  assert.equal(r.data.sourceTypeFrom, 'text');
  // Line 7 is the first of the two lines that say so ("Our team of Python developers ...").
  assert.deepEqual(r.data.sourceTypeDetected, { type: 'vendor', line: 7, text: 'Our team of Python developers has shipped both for startups and banks.' });
  const report = formatReport('sources', { results: [r], failures: [], skipped: [] });
  assert.match(report, /\n {4}type {6}vendor \(from the text, line 7: "Our team of Python developers has shipped both for startups and banks\."\)\n/);
  assert.match(r.mdx, /sourceTypeFrom: text/);
});

test('a blog post that speaks of agencies and documentation in the third person gets no type', () => {
  const r = ingest('blog-post.md');
  assert.equal(r.data.sourceType, undefined);
  assert.equal(r.data.sourceTypeDetected, undefined);
  assert.doesNotMatch(formatReport('sources', { results: [r], failures: [], skipped: [] }), /\btype\b/);
});

test("a project's own documentation page is docs", () => {
  const r = ingest('docs-page.md');
  assert.equal(r.data.sourceType, 'docs');
  assert.deepEqual(r.data.sourceTypeDetected, { type: 'docs', line: 1, text: "# Welcome to Alpha's documentation" });
});

test('the sidecar always wins over the text, and the report shows both', () => {
  const r = ingest('sidecar-overrides.txt', 'sidecar-overrides.meta.yaml');
  assert.equal(r.data.sourceType, 'blog');
  assert.equal(r.data.sourceTypeFrom, 'sidecar');
  assert.equal(r.data.sourceTypeDetected?.type, 'vendor');
  assert.match(formatReport('sources', { results: [r], failures: [], skipped: [] }), /type {6}blog \(from the sidecar; the text reads as vendor, line 7: "Our team/);
});

test('evidence from a huge one-line dump is cut to at most 200 characters around what matched', () => {
  const filler = 'word '.repeat(5000);
  const found = detectSourceType(`title\n${filler}we offer ${'x'.repeat(70)} development services ${filler}`, 10);
  assert.equal(found?.type, 'vendor');
  assert.equal(found?.line, 11);
  assert.ok(found!.text.length <= 200, `${found!.text.length} characters`);
  assert.match(found!.text, /^…[a-z ]+we offer x+ development services [a-z ]+…$/);
});

test('a megabyte line with a full stop near its end: the evidence is the sentence after it', () => {
  // Finding where the sentence starts must not backtrack over the whole line (it did with a regular
  // expression anchored at the end: this test then never finished).
  const found = detectSourceType(`${'a'.repeat(1_000_000)}. we offer web development services`, 1);
  assert.equal(found?.text, 'we offer web development services');
});
