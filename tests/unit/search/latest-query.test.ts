// Only the query a reader settled on reaches Pagefind (src/islands/search/latest-query.ts): each search
// fetches the index chunk of its words, so a prefix searched on the way costs bytes (issue 14).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Filters, SearchResponse } from '../../../src/islands/search/engine.ts';
import { LatestQuery, type Clock, type Searcher } from '../../../src/islands/search/latest-query.ts';

const QUIET = 150;

/** A clock whose time moves only when told; sleeps are recorded and end on the next turn of the loop. */
function fakeClock() {
  const clock = { t: 0, slept: [] as number[] };
  const api: Clock = {
    now: () => clock.t,
    sleep: (ms) => {
      clock.slept.push(ms);
      return new Promise((done) => setImmediate(done));
    },
  };
  return { clock, api };
}

/** An engine that records what it was asked, and answers with the term it searched. */
function fakeEngine() {
  const asked: Array<{ term: string | null; filters: Filters }> = [];
  const engine: Searcher = {
    search: async (term, options) => {
      asked.push({ term, filters: options.filters });
      return { results: [], filters: { term: { [String(term)]: 1 } } } satisfies SearchResponse;
    },
  };
  return { asked, engine };
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((ok, no) => {
    resolve = ok;
    reject = no;
  });
  return { promise, resolve, reject };
}

test('a word typed while the engine loads is searched once, whole, without waiting again; its prefixes never reach the engine', async () => {
  const { clock, api } = fakeClock();
  const { asked, engine } = fakeEngine();
  const loading = deferred<Searcher>();
  const q = new LatestQuery(loading.promise, QUIET, api);
  const runs = ['s', 'se', 'sec', 'secu', 'security'].map((term) => q.run(term, {}));
  clock.t = 400; // the engine took longer to load than the quiet time
  loading.resolve(engine);
  const answers = await Promise.all(runs);
  assert.deepEqual(asked, [{ term: 'security', filters: {} }]);
  assert.deepEqual(
    answers.map((a) => (a ? Object.keys(a.filters.term!) : null)),
    [null, null, null, null, ['security']],
  );
  assert.deepEqual(clock.slept, [], 'the load was quiet time enough');
});

test('with the engine loaded, a query waits for the quiet time, and one superseded meanwhile is dropped', async () => {
  const { clock, api } = fakeClock();
  const { asked, engine } = fakeEngine();
  const q = new LatestQuery(Promise.resolve(engine), QUIET, api);
  const first = q.run('flask', {});
  const second = q.run('flask admin', { kind: ['Article'] });
  assert.equal(await first, null);
  assert.notEqual(await second, null);
  assert.deepEqual(asked, [{ term: 'flask admin', filters: { kind: ['Article'] } }]);
  // The first was overtaken before it even started waiting; the second waited the whole quiet time.
  assert.deepEqual(clock.slept, [QUIET]);
  // A query asked later, alone, runs after its own quiet time; a null term searches by filters alone.
  clock.t = 1000;
  assert.notEqual(await q.run(null, { topic: ['Security'] }), null);
  assert.deepEqual(asked.at(-1), { term: null, filters: { topic: ['Security'] } });
  assert.equal(asked.length, 2);
  assert.deepEqual(clock.slept, [QUIET, QUIET]);
});

test('a search overtaken while the engine answers resolves to null, so old results never replace new ones', async () => {
  const { api } = fakeClock();
  const slow = deferred<SearchResponse>();
  const asked: string[] = [];
  const engine: Searcher = {
    search: (term) => {
      asked.push(String(term));
      return term === 'old' ? slow.promise : Promise.resolve({ results: [], filters: {} });
    },
  };
  const q = new LatestQuery(Promise.resolve(engine), QUIET, api);
  const old = q.run('old', {});
  await new Promise((done) => setImmediate(done));
  await new Promise((done) => setImmediate(done));
  assert.deepEqual(asked, ['old'], 'the first query reached the engine');
  const fresh = q.run('new', {});
  slow.resolve({ results: [], filters: {} });
  assert.equal(await old, null);
  assert.notEqual(await fresh, null);
  assert.deepEqual(asked, ['old', 'new']);
});

test('emptying the box cancels a waiting query: it resolves to null and fetches nothing', async () => {
  const { api } = fakeClock();
  const { asked, engine } = fakeEngine();
  const q = new LatestQuery(Promise.resolve(engine), QUIET, api);
  const pending = q.run('s', {});
  q.cancel();
  assert.equal(await pending, null);
  assert.deepEqual(asked, []);
});

test('an engine that fails to load rejects the latest query with its error', async () => {
  const { api } = fakeClock();
  const loading = deferred<Searcher>();
  const q = new LatestQuery(loading.promise, QUIET, api);
  const run = q.run('security', {});
  loading.reject(new Error('The search index could not be loaded.'));
  await assert.rejects(run, /could not be loaded/);
});
