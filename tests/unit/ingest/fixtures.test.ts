// Input → expected output folders (tests/fixtures/ingest/<case>/). Each case is imported with the real
// taxonomy and must give exactly `expected.mdx` (+ `expected-warnings.txt` when warnings are expected),
// or be rejected with exactly `expected-error.txt`. `UPDATE=1` rewrites the expectations: review each
// regenerated file by hand before committing it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { GENERATED } from '../../fixtures/ingest/make-fixtures.ts';
import { loadContext } from '../../../src/ingest/context.ts';
import { ingestOne } from '../../../src/ingest/pipeline.ts';
import { formatProblem, IngestError } from '../../../src/ingest/problem.ts';

const ROOT = 'tests/fixtures/ingest';
const UPDATE = process.env.UPDATE === '1';
// Its own comparison folder: editing the product's or the seeds' taxonomy never changes these expectations.
export const FIXTURE_CONTENT = 'tests/fixtures/ingest/_content';
const ctx = loadContext(FIXTURE_CONTENT);

export function fixtureInput(name: string): { file: string; bytes: Uint8Array } {
  const generated = GENERATED[name];
  if (generated) return { file: generated.file, bytes: generated.bytes() };
  const file = readdirSync(join(ROOT, name)).find((f) => f.startsWith('input.'));
  assert.ok(file, `${ROOT}/${name} has no input.<ext> and no generator in make-fixtures.ts`);
  return { file, bytes: readFileSync(join(ROOT, name, file)) };
}

export const CASES = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
  .map((e) => e.name)
  .sort();

function read(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

test('every generated input has its case folder', () => {
  for (const name of Object.keys(GENERATED)) assert.ok(CASES.includes(name), `missing folder ${ROOT}/${name}`);
  assert.ok(CASES.length >= 20, `expected at least 20 cases, found ${CASES.length}`);
});

for (const name of CASES) {
  test(`fixture ${name}`, () => {
    const dir = join(ROOT, name);
    const { file, bytes } = fixtureInput(name);
    let mdx: string | undefined;
    let warnings = '';
    let error: string | undefined;
    try {
      const r = ingestOne({ name: file, bytes }, ctx);
      mdx = r.mdx;
      warnings = r.problems.map((p) => `${formatProblem(file, p)}\n`).join('');
    } catch (e) {
      // Anything but a reported IngestError is a crash, which no input may cause.
      assert.ok(e instanceof IngestError, `${name} crashed ingest: ${(e as Error).stack}`);
      error = `${formatProblem(file, e.problem)}\n`;
    }
    if (UPDATE) {
      for (const f of ['expected.mdx', 'expected-warnings.txt', 'expected-error.txt']) rmSync(join(dir, f), { force: true });
      if (mdx !== undefined) writeFileSync(join(dir, 'expected.mdx'), mdx);
      if (warnings) writeFileSync(join(dir, 'expected-warnings.txt'), warnings);
      if (error) writeFileSync(join(dir, 'expected-error.txt'), error);
      return;
    }
    const expectedError = read(join(dir, 'expected-error.txt'));
    if (expectedError !== undefined) {
      assert.equal(mdx, undefined, `${name} should be rejected but was imported`);
      assert.equal(error, expectedError);
      // The shape editors and CI read: file:line:col  reason  rule.
      assert.match(error!, new RegExp(`^${file.replace('.', '\\.')}:\\d+:\\d+  \\S.*  [a-z-]+\\n$`));
      return;
    }
    assert.equal(error, undefined, `${name} was rejected: ${error}`);
    assert.equal(mdx, read(join(dir, 'expected.mdx')), `${name}: output differs from expected.mdx`);
    assert.equal(warnings, read(join(dir, 'expected-warnings.txt')) ?? '', `${name}: warnings differ`);
  });
}
