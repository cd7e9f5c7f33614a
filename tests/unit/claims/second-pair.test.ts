import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadContext } from '../../../src/ingest/context.ts';
import { ingestFolder } from '../../../src/ingest/run.ts';
import { loadGold, score } from './evaluate.ts';

// A different comparison, written for this test, with its own taxonomy and gold: proof that nothing in
// the extractor is specific to the bundled pair.
const dir = 'tests/fixtures/pair-vim-emacs';

test('the same pipeline reads another pair of subjects and reaches the hand-made verdicts', () => {
  const ctx = loadContext(`${dir}/content`);
  const run = ingestFolder(`${dir}/content/sources`, ctx);
  assert.deepEqual(run.failures, []);
  assert.equal(run.results.length, 3);
  const subjects = ctx.subjects.map((s) => s.id);
  assert.ok(
    run.claims.every((c) => subjects.includes(c.subject)),
    'claims name only this pair',
  );
  const s = score(run.claims, loadGold(`${dir}/gold.yaml`), subjects);
  console.log(
    `  second pair: ${run.claims.length} claims; verdicts ${s.verdictsRight}/${s.verdictsTotal}; precision ${(100 * s.precision).toFixed(1)}% of ${s.precisionJudged}; recall ${s.recallFound}/${s.recallTotal}`,
  );
  assert.ok(s.verdictAccuracy >= 0.8, `verdicts ${s.verdictsRight}/${s.verdictsTotal}: ${s.wrongVerdicts.join('; ')}`);
});
