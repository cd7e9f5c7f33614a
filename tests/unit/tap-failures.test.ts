import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tapFailures } from '../../scripts/tap-failures.ts';

// A report as Node 24's TAP reporter writes it (one file run on its own, two tests failing).
const TAP = `TAP version 13
# Subtest: fine
ok 1 - fine
  ---
  duration_ms: 1.7
  type: 'test'
  ...
# Subtest: bad one
not ok 2 - bad one
  ---
  duration_ms: 1.3
  type: 'test'
  location: '/repo/tests/slow/a.test.ts:4:1'
  failureType: 'testCodeFailure'
  error: 'temporary file x.tmp left behind'
  code: 'ERR_ASSERTION'
  stack: |-
    TestContext.<anonymous> (file:///repo/tests/slow/a.test.ts:4:32)
  ...
# Subtest: bad two
not ok 3 - bad two # TODO
  ---
  location: '/repo/tests/slow/a.test.ts:5:1'
  error: |-
    The input did not match the regular expression /xyz/. Input:
    
    'abc'
    
    more
  code: 'ERR_ASSERTION'
  ...
1..3
# pass 1
# fail 2
`;

test('tapFailures names each failed test with its location and the start of its error', () => {
  assert.deepEqual(tapFailures(TAP), [
    { name: 'bad one', location: '/repo/tests/slow/a.test.ts:4:1', error: 'temporary file x.tmp left behind' },
    { name: 'bad two', location: '/repo/tests/slow/a.test.ts:5:1', error: "The input did not match the regular expression /xyz/. Input:\n'abc'\nmore" },
  ]);
});

test('tapFailures finds failures nested in a file entry and drops the entry that only counts them', () => {
  const nested = `# Subtest: /repo/tests/slow/b.test.ts
    # Subtest: inner
    not ok 1 - inner
      ---
      location: '/repo/tests/slow/b.test.ts:9:1'
      error: 'it''s broken'
      ...
    1..1
not ok 1 - /repo/tests/slow/b.test.ts
  ---
  error: '1 subtest failed'
  ...
`;
  assert.deepEqual(tapFailures(nested), [{ name: 'inner', location: '/repo/tests/slow/b.test.ts:9:1', error: "it's broken" }]);
  assert.deepEqual(tapFailures('ok 1 - fine\n'), []);
});
