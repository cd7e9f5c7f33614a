import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cellMark } from '../../../src/ingest/claims/cell-marks.ts';
import { loadContext } from '../../../src/ingest/context.ts';
import { ingestOne } from '../../../src/ingest/pipeline.ts';

const ctx = loadContext('tests/fixtures/ingest/_content');

/** What ingest claims from a source, as [subject, topic, stance, quote] rows, and the claims themselves. */
function claimRows(name: string, bytes: Uint8Array) {
  const { claims } = ingestOne({ name, bytes }, ctx);
  return { claims, rows: claims.map((c) => [c.subject, c.topic, c.stance, c.quote]) };
}

test('✅/❌/Yes/No/Limited cells give claims on their row label’s topic (or built-in features) for their column’s subject', () => {
  const { claims, rows } = claimRows('input.md', readFileSync('tests/fixtures/ingest/table-marks/input.md'));
  assert.deepEqual(rows, [
    ['flask', 'security', 'disfavours', '❌'],
    ['django', 'security', 'favours', '✅'],
    ['flask', 'performance', 'favours', 'Yes'],
    ['django', 'performance', 'disfavours', 'Limited'],
    ['flask', 'scalability', 'favours', '✔️ via extensions'],
    ['django', 'scalability', 'disfavours', 'No.'],
    // A marked row whose label names no topic is a feature matrix row: having it is a built-in feature.
    ['flask', 'built-in-features', 'favours', '✅'],
    ['django', 'built-in-features', 'favours', '✅'],
  ]);
  assert.equal(claims[0]!.cue, '"❌" in the "Security protections built in" row');
});

test('sentences and notes are not marks', () => {
  assert.equal(cellMark('Yes, but only with plugins'), undefined);
  assert.equal(cellMark('via extensions ✅'), undefined);
  assert.equal(cellMark(''), undefined);
  assert.deepEqual(cellMark(' NO! '), { polarity: -1, mark: 'no' });
});

test('short word cells answer their row: by valence, or by size on a measure row; a row label may be a topic alias', () => {
  const bytes = Buffer.from(
    [
      '# Flask and Django at a glance',
      '',
      '| Aspect | Flask | Django |',
      '|---|---|---|',
      // "Speed" is no cue of any topic, only Performance's search alias.
      '| Speed | Fast | Slow |',
      // A measure where less is better: "Very low" is praise, "High" is not.
      '| Latency | Very low | High |',
      // More than six words is a sentence, judged by the sentence reader (which finds nothing here).
      '| Security | it depends on what you build and how | Good |',
      '',
    ].join('\n'),
  );
  const { claims, rows } = claimRows('glance.md', bytes);
  assert.deepEqual(rows, [
    ['flask', 'performance', 'favours', 'Fast'],
    ['django', 'performance', 'disfavours', 'Slow'],
    ['flask', 'performance', 'favours', 'Very low'],
    ['django', 'performance', 'disfavours', 'High'],
    ['django', 'security', 'favours', 'Good'],
  ]);
  assert.equal(claims[2]!.cue, 'low latency (in the "Latency" row)');
});

test('a row is a comparison: of two answers that lean the same way, only the stronger is a claim', () => {
  const bytes = Buffer.from(['# Flask and Django', '', '| Aspect | Flask | Django |', '|---|---|---|', '| Performance | High | Very high |', '| Security | Good | Good |', ''].join('\n'));
  assert.deepEqual(claimRows('rank.md', bytes).rows, [
    ['django', 'performance', 'favours', 'Very high'],
    ['flask', 'security', 'favours', 'Good'],
    ['django', 'security', 'favours', 'Good'],
  ]);
});
