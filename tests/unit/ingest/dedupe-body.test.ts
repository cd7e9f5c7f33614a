import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadContext } from '../../../src/ingest/context.ts';
import { ingestOne, parseMarkdown } from '../../../src/ingest/pipeline.ts';
import { dedupeBody } from '../../../src/ingest/steps/dedupe-body.ts';
import { emitBody } from '../../../src/ingest/steps/emit-mdx.ts';

const ctx = loadContext('tests/fixtures/ingest/_content');

test('a body pasted twice gives each claim once', () => {
  const bytes = readFileSync('tests/fixtures/ingest/duplicate-body/input.md');
  const r = ingestOne({ name: 'input.md', bytes }, ctx);
  const quotes = r.claims.map((c) => `${c.quote}|${c.subject}|${c.topic}`);
  assert.equal(new Set(quotes).size, quotes.length, 'a claim was counted twice');
  assert.equal(r.claims.filter((c) => c.quote.startsWith('Flask is faster than Django')).length > 0, true);
  assert.deepEqual(
    r.data.removed.map((x) => [x.reason, x.line]),
    [['duplicate-body', 11]],
  );
});

test('one long paragraph repeated is a duplicate; short repeats and near-copies are not', () => {
  const long =
    'Flask lets you pick every part of the stack yourself, which means more decisions at the start but fewer surprises later, because nothing arrives that you did not choose, and the code you read is the code you run in production every single day.';
  const tree = parseMarkdown(`${long}\n\nIt is fast.\n\nIt is fast.\n\n${long}\n\n${long.replace('every single day', 'each day')}\n`);
  const { removed, problems } = dedupeBody(tree, 1);
  assert.deepEqual(
    removed.map((r) => r.line),
    [7],
  );
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.reason, /^Lines 7-7 repeat lines 1-1 word for word \(44 words;/);
  assert.equal(emitBody(tree).split('\n\n').length, 4);
});
