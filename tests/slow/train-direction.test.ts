// `npm run train` must give back the committed direction model byte for byte, and its cross-validation
// must print the figures the README quotes: a change to the features, the data or the trainer that
// forgets to retrain (or to update the README) fails here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const COMMITTED = 'src/ingest/claims/direction-model.json';

test('npm run train reproduces direction-model.json byte for byte, with the README figures', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'train-direction-')), 'model.json');
  const r = spawnSync('node_modules/.bin/node', ['scripts/train-direction.ts', '--quiet', '--out', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(readFileSync(out).equals(readFileSync(COMMITTED)), `${out} differs from ${COMMITTED}: retrain with npm run train`);
  // Default fold seed 19; the README states weighted F1 0.849 and WORSE F1 0.578 (BETTER 0.796, NONE 0.911).
  const model = r.stdout.split('\n').find((l) => l.startsWith('model '));
  assert.ok(model !== undefined, r.stdout);
  assert.match(model, /BETTER P [\d.]+ R [\d.]+ F1 0\.796 \| WORSE P [\d.]+ R [\d.]+ F1 0\.578 \| NONE P [\d.]+ R [\d.]+ F1 0\.911 \| weighted F1 0\.849 /);
  assert.ok(readFileSync('README.md', 'utf8').includes('weighted F1 0.849, WORSE F1 0.578 (BETTER 0.796, NONE 0.911)'), 'README figures');
});

test('training refuses an unknown option', () => {
  const r = spawnSync('node_modules/.bin/node', ['scripts/train-direction.ts', '--cv-only', '--bogus'], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /bogus/);
});
