import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PhrasingContent } from 'mdast';
import { phrasingText, removeRanges, sentences, wrapRanges } from '../../../src/text/phrasing.ts';

const kids: PhrasingContent[] = [
  { type: 'text', value: 'One two. ' },
  { type: 'strong', children: [{ type: 'text', value: 'Bold' }] },
  { type: 'text', value: ' three. Four.' },
];

test('sentences with offsets into the visible text', () => {
  assert.deepEqual(sentences('One two. Bold three. Four.'), [
    { start: 0, end: 9, text: 'One two.' },
    { start: 9, end: 21, text: 'Bold three.' },
    { start: 21, end: 26, text: 'Four.' },
  ]);
});

test('removeRanges drops a sentence and keeps formatting of the rest', () => {
  const out = removeRanges(kids, [{ start: 21, end: 26 }]);
  assert.equal(phrasingText(out), 'One two. Bold three.');
  assert.equal(out[1]!.type, 'strong');
});

test('wrapRanges groups a sentence across formatting without cutting it', () => {
  const out = wrapRanges(kids, [{ start: 9, end: 21 }], (i, inner) => ({ type: 'emphasis', children: inner, data: { i } }) as PhrasingContent);
  assert.equal(phrasingText(out), 'One two. Bold three. Four.');
  assert.equal(out[1]!.type, 'emphasis');
  assert.equal(phrasingText([out[1]!]), 'Bold three. ');
});

test('a line break inside a block is a soft wrap, not a sentence end', () => {
  const text = 'Vim has a much higher\nlearning curve than emacs. Everybody grows up\nwith Word.';
  const found = sentences(text);
  assert.deepEqual(
    found.map((s) => s.text),
    ['Vim has a much higher learning curve than emacs.', 'Everybody grows up with Word.'],
  );
  // Offsets still index the original text, line break included.
  assert.equal(text.slice(found[0]!.start, found[0]!.end).trim(), 'Vim has a much higher\nlearning curve than emacs.');
});

test('a question or exclamation inside brackets does not end the sentence', () => {
  assert.deepEqual(
    sentences('It is fast (right? Yes please). Done (really! Done). Next.').map((s) => s.text),
    ['It is fast (right? Yes please).', 'Done (really! Done).', 'Next.'],
  );
  // Offsets still cover the text without gaps.
  const text = 'A (b? c). D.';
  assert.deepEqual(
    sentences(text).map((s) => text.slice(s.start, s.end)),
    ['A (b? c). ', 'D.'],
  );
});

test('an unclosed bracket joins at most a short aside, not the rest of the paragraph', () => {
  assert.deepEqual(
    sentences('Is it fast (maybe? One. Two. Three. Four.').map((s) => s.text),
    ['Is it fast (maybe?', 'One.', 'Two.', 'Three.', 'Four.'],
  );
});
