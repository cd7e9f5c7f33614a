import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { type DirectionModel, featurize, predictDirection } from '../../src/ingest/claims/direction-model.ts';

const model = JSON.parse(readFileSync(new URL('../../src/ingest/claims/direction-model.json', import.meta.url), 'utf8')) as DirectionModel;

test('the trained direction model loads and is well formed', () => {
  assert.deepEqual(model.labels, ['BETTER', 'WORSE', 'NONE']);
  assert.equal(model.bias.length, 3);
  assert.ok(model.features.length > 500, `only ${model.features.length} features`);
  assert.equal(model.weights.length, model.features.length);
  for (const row of model.weights) assert.equal(row.length, 3);
  assert.equal(new Set(model.features).size, model.features.length, 'duplicate feature names');
});

// Hand-written sentences, not from CompSent-19: [sentence, first-mentioned object, other object, label for (first, other)].
const cases: [string, string, string, 'BETTER' | 'WORSE'][] = [
  ['Rust is much faster than Ruby for number crunching.', 'Rust', 'Ruby', 'BETTER'],
  ['In our benchmarks Zig was slower than Go on every test.', 'Zig', 'Go', 'WORSE'],
  ['Honestly, Svelte is easier to learn than Angular.', 'Svelte', 'Angular', 'BETTER'],
  ['Redis is far better than Memcached for this workload.', 'Redis', 'Memcached', 'BETTER'],
  ['Kotlin code is a lot harder to debug than Groovy code.', 'Kotlin', 'Groovy', 'WORSE'],
];

for (const [sentence, x, y, label] of cases) {
  const mirrored = label === 'BETTER' ? 'WORSE' : 'BETTER';
  test(`${label} for (${x}, ${y}) and ${mirrored} for (${y}, ${x}): "${sentence}"`, () => {
    const forward = predictDirection(model, sentence, x, y);
    const backward = predictDirection(model, sentence, y, x);
    assert.equal(forward.label, label, JSON.stringify(forward.scores));
    assert.equal(backward.label, mirrored, JSON.stringify(backward.scores));
    // Swapping the objects mirrors the scores exactly.
    assert.equal(forward.scores.BETTER, backward.scores.WORSE);
    assert.equal(forward.scores.NONE, backward.scores.NONE);
    const total = forward.scores.BETTER + forward.scores.WORSE + forward.scores.NONE;
    assert.ok(Math.abs(total - 1) < 1e-9);
  });
}

test('a sentence that merely mentions both objects is NONE', () => {
  const p = predictDirection(model, 'We installed Postgres and Redis on the same server last week.', 'Postgres', 'Redis');
  assert.equal(p.label, 'NONE', JSON.stringify(p.scores));
});

test('featurize is deterministic, sorted, and names objects by order of mention', () => {
  const s = 'Unlike Perl, Python is not slower than Java here.';
  const one = featurize(s, 'Python', 'Java');
  const two = featurize(s, 'Python', 'Java');
  assert.deepEqual(one, two);
  assert.deepEqual(one.features, [...one.features].sort());
  assert.equal(one.features.length, one.values.length);
  assert.equal(one.swapped, false);
  assert.ok(one.features.includes('m2:is not'), 'middle n-gram between the objects');
  const flipped = featurize(s, 'Java', 'Python');
  assert.equal(flipped.swapped, true);
  assert.deepEqual(flipped.features, one.features);
  assert.ok(featurize('Go beats Java.', 'go', 'JAVA').features.includes('w3:OBJ_A beats OBJ_B'), 'case-insensitive object matching');
});
