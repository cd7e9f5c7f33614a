import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cellMark } from '../../../src/ingest/claims/cell-marks.ts';
import { loadContext } from '../../../src/ingest/context.ts';
import { ingestOne } from '../../../src/ingest/pipeline.ts';

const ctx = loadContext('tests/fixtures/ingest/_content');

test('✅/❌/Yes/No/Limited cells give claims on their row label’s topic for their column’s subject', () => {
  const bytes = readFileSync('tests/fixtures/ingest/table-marks/input.md');
  const { claims } = ingestOne({ name: 'input.md', bytes }, ctx);
  assert.deepEqual(
    claims.map((c) => [c.subject, c.topic, c.stance, c.quote]),
    [
      ['flask', 'security', 'disfavours', '❌'],
      ['django', 'security', 'favours', '✅'],
      ['flask', 'performance', 'favours', 'Yes'],
      ['django', 'performance', 'disfavours', 'Limited'],
      ['flask', 'scalability', 'favours', '✔️ via extensions'],
      ['django', 'scalability', 'disfavours', 'No.'],
    ],
  );
  assert.equal(claims[0]!.cue, '"❌" in the "Security protections built in" row');
});

test('sentences and notes are not marks', () => {
  assert.equal(cellMark('Yes, but only with plugins'), undefined);
  assert.equal(cellMark('via extensions ✅'), undefined);
  assert.equal(cellMark(''), undefined);
  assert.deepEqual(cellMark(' NO! '), { polarity: -1, mark: 'no' });
});
