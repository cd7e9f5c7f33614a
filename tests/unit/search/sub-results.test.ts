// Which sections show under a search result (src/islands/search/sub-results.ts). Expected values by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SubResult } from '../../../src/islands/search/engine.ts';
import { pickSubResults } from '../../../src/islands/search/sub-results.ts';

const sub = (anchor: string, hits: number): SubResult => ({
  title: anchor || 'page',
  url: `/articles/a/?highlight=x${anchor ? `#${anchor}` : ''}`,
  excerpt: '',
  locations: Array.from({ length: hits }, (_, i) => i),
});

test("the page's own start (no anchor) and its continuation after a claim are the result itself, not repeated under it", () => {
  assert.deepEqual(
    pickSubResults('Flask vs Django', [sub('', 9), sub('c-1', 1)]).map((s) => s.title),
    ['c-1'],
  );
  // claim-anchors.ts marks the text after a claim with the page's title (anchor "main").
  const main = { ...sub('main', 5), title: 'Flask vs Django' };
  assert.deepEqual(
    pickSubResults('Flask vs Django', [sub('c-1', 1), main, sub('c-2', 1)]).map((s) => s.url.split('#')[1]),
    ['c-1', 'c-2'],
  );
  assert.deepEqual(pickSubResults('Any', []), []);
});

test('of many sections, the three with the most matched words, shown in page order', () => {
  const subs = [sub('c-1', 1), sub('c-2', 4), sub('c-3', 2), sub('c-4', 4), sub('c-5', 3)];
  assert.deepEqual(
    pickSubResults('Page', subs).map((s) => s.title),
    ['c-2', 'c-4', 'c-5'],
  );
  // Ties go to the earlier section.
  assert.deepEqual(
    pickSubResults('Page', [sub('c-1', 1), sub('c-2', 1), sub('c-3', 1), sub('c-4', 1)]).map((s) => s.title),
    ['c-1', 'c-2', 'c-3'],
  );
  assert.deepEqual(
    pickSubResults('Page', subs, 1).map((s) => s.title),
    ['c-2'],
  );
});
