import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, judgeCell } from '../../../src/ingest/claims/evaluative.ts';

/** The verdict on `cue` inside `clause`. */
const on = (clause: string, cue: string) => {
  const start = clause.indexOf(cue);
  assert.ok(start >= 0, `${cue} not in ${clause}`);
  return evaluate(clause, start, start + cue.length).polarity;
};

test('an adjective on the cue word decides, before it or after a linking verb', () => {
  assert.equal(on('Its documentation is comprehensive', 'documentation'), 1);
  assert.equal(on('It has a massive community of developers', 'community'), 1);
  assert.equal(on('The docs are sparse and outdated', 'docs'), -1);
  assert.equal(on('The tooling is not very good', 'tooling'), -1);
  assert.equal(on('poor documentation hurts', 'documentation'), -1);
});

test('having or lacking the thing decides', () => {
  assert.equal(on('It comes equipped with built-in validation', 'built-in'), 1);
  assert.equal(on("It doesn't have built-in validation", 'built-in'), -1);
  assert.equal(on('It lacks native TypeScript support', 'TypeScript support'), -1);
});

test('words elsewhere in the clause, and neutral adjectives, decide nothing', () => {
  assert.equal(on('The true performance gap lies elsewhere', 'performance'), 0);
  assert.equal(on('A great team wrote the documentation', 'documentation'), 0);
  assert.equal(on('a lightweight framework', 'framework'), 0);
  assert.equal(on('the documentation', 'documentation'), 0);
});

test('a size word on a measure leans by the measure: less latency is good, less throughput is not', () => {
  assert.equal(on('Gamma gives low latency for small messages', 'latency'), 1);
  assert.equal(on('Slightly higher end-to-end latency', 'latency'), -1);
  assert.equal(on('Delta is built for high throughput', 'throughput'), 1);
  assert.equal(on('its throughput is lower under load', 'throughput'), -1);
  assert.equal(on('the request overhead is not high', 'overhead'), 1);
  assert.equal(on('runs with no overhead', 'overhead'), 1);
  // AFINN rates "small" and "low" negative; on a lower-is-better measure they are praise.
  assert.equal(on('a small memory footprint', 'memory footprint'), 1);
});

test('a measure with no size word on it falls back to the adjective, and nothing else', () => {
  assert.equal(on('latency is excellent', 'latency'), 1);
  assert.equal(on('we measured the latency twice', 'latency'), 0);
});

test('a short table cell is judged against its row', () => {
  assert.deepEqual(judgeCell('Fast', 'Speed'), { polarity: 1, cue: 'fast', score: 1 });
  assert.deepEqual(judgeCell('not intuitive', 'Ease of use'), { polarity: -1, cue: 'not intuitive', score: -1 });
  // "Very" doubles the weight of the size word after it.
  assert.deepEqual(judgeCell('Very low (good for real-time tasks)', 'Latency'), { polarity: 1, cue: 'low latency', score: 2 });
  assert.deepEqual(judgeCell('No', 'Overhead'), { polarity: 1, cue: 'no overhead', score: 1 });
  // A comparative says more than its base word.
  assert.equal(judgeCell('Better', 'Scalability').score, 2);
  assert.equal(judgeCell('Good', 'Scalability').score, 1);
  assert.equal(judgeCell('Large', 'Community').polarity, 0);
  assert.equal(judgeCell('a good choice when the team already knows it well', 'Fit').polarity, 0);
});
