import assert from 'node:assert/strict';
import { getPriority } from 'node:os';
import { test } from 'node:test';
import * as pagefind from 'pagefind';
import { pagefindThreads, setPagefindNice, WHILE_ASTRO_BUILDS } from '../../../src/integrations/pagefind-priority.ts';
import { newIndex } from '../../../src/integrations/pagefind-run.ts';

test('the Pagefind service is found and lowered, every thread of it, and raised again where that is allowed', async (t) => {
  t.after(() => pagefind.close());
  assert.deepEqual(pagefindThreads(), [], 'no service before an index is made');
  await newIndex();
  const threads = pagefindThreads();
  assert.ok(threads.length >= 1, 'the service process is found through /proc');
  assert.equal(setPagefindNice(WHILE_ASTRO_BUILDS), threads.length);
  for (const thread of threads) assert.equal(getPriority(thread), WHILE_ASTRO_BUILDS);
  const raised = setPagefindNice(0);
  // Raising a priority back needs privileges (root here and in CI); without them nothing changes.
  if (process.getuid?.() === 0) {
    assert.equal(raised, threads.length);
    for (const thread of threads) assert.equal(getPriority(thread), 0);
  } else assert.equal(raised, 0);
});
