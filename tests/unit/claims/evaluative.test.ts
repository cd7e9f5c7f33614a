import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../../../src/ingest/claims/evaluative.ts';

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
