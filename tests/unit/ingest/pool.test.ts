import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadContext } from '../../../src/ingest/context.ts';
import { ingestOne } from '../../../src/ingest/pipeline.ts';
import { hasSpareWorker, ingestInWorkers, startSpareWorker } from '../../../src/ingest/pool.ts';

const CONTENT = 'tests/fixtures/ingest/_content';
const good = { name: 'good.md', bytes: readFileSync('tests/fixtures/ingest/good-article/input.md') };

test('the spare worker, started before the comparison is known, imports what a worker started with it imports', async () => {
  const ctx = loadContext(CONTENT);
  startSpareWorker();
  assert.ok(hasSpareWorker());
  const [viaSpare] = await ingestInWorkers([good], { contentDir: CONTENT, context: { subjects: ctx.subjects, topics: ctx.topics, curation: ctx.curation }, threads: 1 });
  assert.ok(!hasSpareWorker(), 'the run took the spare');
  // No spare left: this run starts its own worker, which loads the comparison from the folder.
  const [fresh] = await ingestInWorkers([good], { contentDir: CONTENT, threads: 1 });
  assert.ok(viaSpare?.ok && fresh?.ok);
  assert.deepEqual(viaSpare.result, fresh.result);
  assert.deepEqual(viaSpare.result, JSON.parse(JSON.stringify(ingestOne(good, ctx))));
});

test('a spare worker nobody takes does not keep the process alive', () => {
  // The script waits long enough for the worker to load and wait for its comparison, then has nothing
  // left to do. (Not `--input-type`: a worker inherits the flags and refuses that one.)
  const script = "import('./src/ingest/pool.ts').then((m) => { m.startSpareWorker(); setTimeout(() => console.log('done'), 1500); })";
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.signal, null, 'the process had to be killed: the spare worker kept it alive');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'done');
});
