import assert from 'node:assert/strict';
import { test } from 'node:test';
import { someNames } from '../../../src/site/format.ts';
import { firstFew, mostFirst, pageCount } from '../../../src/site/limits.ts';

test('firstFew: the first items and how many are left out', () => {
  assert.deepEqual(firstFew([1, 2, 3], 5), { shown: [1, 2, 3], more: 0 });
  assert.deepEqual(firstFew([1, 2, 3, 4, 5, 6, 7], 5), { shown: [1, 2, 3, 4, 5], more: 2 });
});

test('mostFirst: the list as it is when all fit; otherwise the heaviest, ties in list order', () => {
  const items = [
    { id: 'a', w: 1 },
    { id: 'b', w: 3 },
    { id: 'c', w: 2 },
    { id: 'd', w: 3 },
  ];
  assert.deepEqual(
    mostFirst(items, (x) => x.w, 4).shown.map((x) => x.id),
    ['a', 'b', 'c', 'd'],
  );
  const capped = mostFirst(items, (x) => x.w, 3);
  assert.deepEqual(
    capped.shown.map((x) => x.id),
    ['b', 'd', 'c'],
  );
  assert.equal(capped.more, 1);
});

test('pageCount: at least one page; a partial last page counts', () => {
  assert.equal(pageCount(0, 20), 1);
  assert.equal(pageCount(20, 20), 1);
  assert.equal(pageCount(21, 20), 2);
  assert.equal(pageCount(1000, 20), 50);
});

test('someNames: a list phrase up to the cap, then "and N more"', () => {
  assert.equal(someNames(['A'], 3), 'A');
  assert.equal(someNames(['A', 'B', 'C'], 3), 'A, B and C');
  assert.equal(someNames(['A', 'B', 'C', 'D', 'E'], 3), 'A, B, C and 2 more');
  assert.equal(
    someNames(
      Array.from({ length: 1203 }, (_, i) => `S${i}`),
      2,
    ),
    'S0, S1 and 1,201 more',
  );
});
