import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkdown } from '../../../src/ingest/pipeline.ts';
import { takeByline } from '../../../src/ingest/steps/byline.ts';

test('a byline near the top gives the author and date and is listed as removed', () => {
  const tree = parseMarkdown('*By Jane Doe*\n\nText.\n');
  assert.deepEqual(takeByline(tree, 5), { author: 'Jane Doe', removed: { text: 'By Jane Doe', reason: 'byline', line: 5 } });
  assert.equal(tree.children.length, 1);
  const dated = takeByline(parseMarkdown('Intro.\n\nPosted by Ann Lee on January 5, 2024\n'), 1);
  assert.equal(dated.author, 'Ann Lee');
  assert.equal(dated.date, '2024-01-05');
});

test('sentences that start with "By" are prose, and bylines far down are not looked for', () => {
  for (const text of ['By Contrast', 'By the way, Flask is small.', 'By default Django ships an admin.', 'By Django Standards, Flask is small and quick to learn today.'])
    assert.deepEqual(takeByline(parseMarkdown(`${text}\n`), 1), {}, text);
  assert.deepEqual(takeByline(parseMarkdown('One.\n\nTwo.\n\nThree.\n\n*By Jane Doe*\n'), 1), {});
});
