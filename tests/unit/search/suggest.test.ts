// The search's "did you mean" (src/islands/search/suggest.ts): small edit distances against the
// site's own vocabulary. Expected values worked out by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance, suggest } from '../../../src/islands/search/suggest.ts';

test('edit distance counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
  assert.equal(editDistance('security', 'security'), 0);
  assert.equal(editDistance('secuirty', 'security'), 1); // "ir" swapped
  assert.equal(editDistance('securty', 'security'), 1); // "i" missing
  assert.equal(editDistance('securrity', 'security'), 1); // "r" doubled
  assert.equal(editDistance('sekurity', 'security'), 1); // "k" for "c"
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('flask', 'django'), 5); // f→d, l→j, s→n, k→g, then o
});

const vocabulary = {
  terms: ['Security', 'safety', 'SQL injection', 'Performance', 'speed', 'Scalability', 'Learning curve', 'Documentation', 'docs'],
  names: ['Flask', 'Django'],
};

test('a misspelt word gets the closest word the site has', () => {
  assert.equal(suggest('secuirty', vocabulary), 'security');
  assert.equal(suggest('Perfromance', vocabulary), 'performance');
  assert.equal(suggest('scalabilty', vocabulary), 'scalability');
  // Names keep their spelling.
  assert.equal(suggest('djnago', vocabulary), 'Django');
  // Only the unknown word changes; a known one stays.
  assert.equal(suggest('learning curv', vocabulary), 'learning curve');
  assert.equal(suggest('flsk secuirty', vocabulary), 'Flask security');
});

test('no suggestion for known words, short words, or words too far from anything', () => {
  assert.equal(suggest('security', vocabulary), undefined);
  assert.equal(suggest('Flask', vocabulary), undefined);
  assert.equal(suggest('sql', vocabulary), undefined);
  assert.equal(suggest('spd', vocabulary), undefined); // 3 letters: too many neighbours to guess
  assert.equal(suggest('quantum', vocabulary), undefined);
  assert.equal(suggest('', vocabulary), undefined);
  assert.equal(suggest('   ', vocabulary), undefined);
});
