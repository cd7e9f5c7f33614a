import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { claimsCsv, claimsJson, datasetClaim } from '../../../src/analysis/dataset.ts';
import { readClaims } from '../../../src/content/claims.ts';
import { datasetBytes, datasetInBackground } from '../../../src/integrations/dataset-thread.ts';
import { offerDataset, offeredDataset } from '../../../src/site/offered-dataset.ts';

function comparison(t: { after: (fn: () => void) => void }, claims: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dataset-thread-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'claims.json'), claims);
  return dir;
}

test('the files worked out on a thread are the ones the endpoints work out themselves: the seeds, under a sub-path', async (t) => {
  const dir = comparison(t, '[]');
  cpSync(join('content', 'claims.json'), join(dir, 'claims.json'));
  // What the endpoints do without the thread (src/site/dataset.ts), with the site's links under /sub/path/.
  const rows = readClaims(dir).map((c) => datasetClaim(c, (article) => `/sub/path/articles/${article}/`));
  assert.ok(rows.length > 100);
  const bytes = await datasetInBackground(dir, '/sub/path');
  assert.equal(new TextDecoder().decode(bytes.json), claimsJson(rows));
  assert.equal(new TextDecoder().decode(bytes.csv), claimsCsv(rows));
  assert.match(rows[0]!.url, /^\/sub\/path\/articles\/[^/]+\/#\S+$/);
  assert.deepEqual(datasetBytes(dir, '/sub/path/'), bytes);
});

test('a claims file the thread cannot read rejects; the endpoints then get nothing and work the files out themselves', async (t) => {
  const dir = comparison(t, '[{"article": 1}]');
  const failed = datasetInBackground(dir, '/');
  await assert.rejects(failed);
  offerDataset(failed);
  assert.equal(await offeredDataset(), undefined);
  const good = { json: new Uint8Array([1]), csv: new Uint8Array([2]) };
  offerDataset(Promise.resolve(good));
  assert.equal(await offeredDataset(), good);
});
