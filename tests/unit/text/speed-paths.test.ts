// The shortcuts that make ingest faster must give exactly what the long way gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subjectMatcher } from '../../../src/text/match.ts';
import { PhraseIndex } from '../../../src/text/phrase-index.ts';
import { sentences } from '../../../src/text/phrasing.ts';

test('a phrase index finds the same phrases in ASCII text as in text with other characters', () => {
  const index = new PhraseIndex<string>();
  for (const p of ['built in', 'learning curve', "isn't fast", 'scalable', 'admin']) index.add(p, p);
  const text = "Its built-in admin isn't fast, a steep Learning  Curve; non-scalable, Name-Admin, admin-based, scalable_2 and 2scalable.";
  const found = (t: string) => index.scan(t).map((m) => `${m.start}-${m.end}:${m.values.join('|')}`);
  const ascii = found(text);
  // Checked by hand: "built-in", "admin", "isn't fast", "Learning  Curve" and "admin-based" match; "non-scalable"
  // (inside a hyphenated word), "Name-Admin" (after a hyphen), "scalable_2" and "2scalable" (longer words) do not.
  assert.deepEqual(ascii, ['4-12:built in', '13-18:admin', "19-29:isn't fast", '39-54:learning curve', '82-87:admin']);
  // The same text with a non-ASCII letter at its end (the Unicode path) and a curly apostrophe gives the same.
  assert.deepEqual(found(`${text.replace("isn't", 'isn’t')} é`), ascii);
});

test('sentences of one text are split once and shared read-only; another text is split on its own', () => {
  const a = sentences('One. Two? Three!');
  assert.deepEqual(
    a.map((s) => s.text),
    ['One.', 'Two?', 'Three!'],
  );
  assert.equal(sentences('One. Two? Three!'), a);
  assert.ok(Object.isFrozen(a) && a.every((s) => Object.isFrozen(s)));
  assert.throws(() => {
    (a[0] as { text: string }).text = 'changed';
  }, TypeError);
  assert.deepEqual(
    sentences('Four. Five.').map((s) => s.text),
    ['Four.', 'Five.'],
  );
});

test('subject positions asked twice are the same, and each caller gets an array of its own', () => {
  const m = subjectMatcher([
    { id: 'flask', name: 'Flask', aliases: [], description: '' },
    { id: 'django', name: 'Django', aliases: ['DRF'], description: '' },
  ]);
  const text = 'Django and Flask: DRF beats Flask.';
  const first = m.positions(text);
  assert.deepEqual(
    first.map((p) => `${p.id}@${p.index}`),
    ['django@0', 'flask@11', 'django@18', 'flask@28'],
  );
  first.pop();
  assert.equal(m.positions(text).length, 4);
  assert.deepEqual(m.mentions(text), ['django', 'flask']);
  assert.deepEqual(m.mentions('Only Flask here.'), ['flask']);
});
