import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { claimTitles, claimTitlesInBackground } from '../../../src/integrations/claim-titles.ts';

function comparison(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'claim-titles-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['site.yaml', 'subjects.yaml', 'topics.yaml', 'chooser.yaml']) cpSync(join('content', f), join(dir, f));
  return dir;
}

test('the titles worked out on a thread are the ones worked out here: the seeds’ claims', async (t) => {
  const dir = comparison(t);
  cpSync(join('content', 'claims.json'), join(dir, 'claims.json'));
  const here = claimTitles(dir);
  assert.ok(here.size >= 5, 'every seed article has cited sentences');
  assert.deepEqual(await claimTitlesInBackground(dir), here);
  assert.match([...here.values()][0]!.values().next().value!, /^(Flask|Django) · .+ \((for|against|about)\)/);
});

test('a claims file the thread cannot read rejects, so the build works the titles out itself and reports why', async (t) => {
  const dir = comparison(t);
  writeFileSync(join(dir, 'claims.json'), '[{"article": 1}]');
  await assert.rejects(claimTitlesInBackground(dir));
  assert.throws(() => claimTitles(dir), /article/);
});
