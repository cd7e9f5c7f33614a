import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyFacts, readFacts } from '../../../src/ingest/claims/facts.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { keyFactRows } from '../../../src/site/key-facts.ts';

let n = 0;
/** A fact claim of `subject` in `article`, numbered so ids and anchors stay unique. */
const factClaim = (article: string, subject: string, facts: Claim['facts']): Claim => ({
  id: `${++n}`,
  article,
  subject,
  topic: 'facts',
  stance: 'neutral',
  kind: 'fact',
  quote: `sentence ${n}.`,
  anchor: `c-${n}`,
  section: '',
  cue: '',
  facts,
});

test('key facts: release year, creator, licence, language, stars and users, each value as written', () => {
  assert.deepEqual(keyFacts('Flask was launched by Armin Ronacher in 2010.'), [
    { key: 'first-release', value: '2010' },
    { key: 'creator', value: 'Armin Ronacher' },
  ]);
  assert.deepEqual(keyFacts('Django was first released in 2005, almost 1.5 decades ago.'), [{ key: 'first-release', value: '2005' }]);
  assert.deepEqual(keyFacts('Django is an extremely popular opensource Python framework.'), [
    { key: 'licence', value: 'open source' },
    { key: 'language', value: 'Python' },
  ]);
  assert.deepEqual(keyFacts('It is released under the BSD license.'), [{ key: 'licence', value: 'BSD' }]);
  assert.deepEqual(keyFacts('Gin is a small web framework written in Go.'), [{ key: 'language', value: 'Go' }]);
  assert.deepEqual(keyFacts('There are currently 2.3k viewers and 55.6k stars for Django.'), [{ key: 'github-stars', value: '55.6k' }]);
  assert.deepEqual(keyFacts('Some sites that use Flask include: Airbnb, Netflix, Lyft, and Reddit.'), [{ key: 'notable-users', value: 'Airbnb, Netflix, Lyft, and Reddit' }]);
  assert.deepEqual(keyFacts('It is used by Instagram, Pinterest and NASA.'), [{ key: 'notable-users', value: 'Instagram, Pinterest and NASA' }]);
});

test('prose is not a fact: a year without an origin verb, a language named in passing, lower-case "go"', () => {
  assert.deepEqual(keyFacts('As we step into 2023, it is essential to choose well.'), []);
  assert.deepEqual(keyFacts('Python web frameworks have become an essential part of web development.'), []);
  assert.deepEqual(keyFacts('You can go a long way with a framework like this.'), []);
});

test('which subjects a fact is about: the one named, both when they are named together, none when it is unclear', () => {
  assert.deepEqual(
    readFacts('Django and Flask are both popular open-source Python web platforms.', ['django', 'flask'], undefined).map((f) => f.subject),
    ['django', 'flask'],
  );
  // Two subjects, two years: which is whose is not for a pattern to guess. Still a fact of the sentence's subject, without key facts.
  assert.deepEqual(readFacts('Flask was released in 2010 while Django was released in 2005.', ['flask', 'django'], 'flask'), [{ subject: 'flask', facts: [] }]);
  assert.deepEqual(readFacts('Flask is simple.', ['flask'], 'flask'), []);
  assert.deepEqual(readFacts('Django was released in 2005.', ['django'], undefined), []);
});

test('the key-facts table: one row per key, values per subject with one claim per source, conflicts marked', () => {
  const fact = factClaim;
  const rows = keyFactRows(
    [
      fact('s1', 'a', [{ key: 'first-release', value: '2010' }]),
      fact('s2', 'a', [{ key: 'first-release', value: '2011' }]),
      fact('s3', 'a', [{ key: 'first-release', value: '2010' }]),
      fact('s1', 'b', [{ key: 'notable-users', value: 'X, Y' }]),
      fact('s2', 'b', [{ key: 'notable-users', value: 'Z' }]),
      fact('s1', 'a', [{ key: 'mascot', value: 'a horn' }]),
    ],
    ['a', 'b'],
  );
  assert.deepEqual(
    rows.map((r) => [r.label, r.conflict]),
    [
      ['First release', [true, false]],
      ['Notable users', [false, false]],
      ['mascot', [false, false]],
    ],
  );
  assert.deepEqual(
    rows[0]!.cells[0]!.map((v) => [v.value, v.claims.map((c) => c.article)]),
    [
      ['2010', ['s1', 's3']],
      ['2011', ['s2']],
    ],
  );
  assert.deepEqual(rows[0]!.cells[1], []);
});

test('built-in rows: labelled by the feature, "built in" against anything else is the only conflict, one-subject features left out', () => {
  const fact = (article: string, subject: string, key: string, value: string) => factClaim(article, subject, [{ key, value }]);
  const rows = keyFactRows(
    [
      fact('s1', 'a', 'built-in:ORM', 'built in'),
      fact('s1', 'b', 'built-in:ORM', 'not built in'),
      fact('s2', 'b', 'built-in:ORM', 'via extensions'),
      fact('s1', 'a', 'built-in:admin interface', 'built in'),
      fact('s2', 'a', 'built-in:admin interface', 'not built in'),
      fact('s2', 'b', 'built-in:admin interface', 'via Some-Admin'),
      // Said of one subject only: nothing to compare, so no row.
      fact('s1', 'a', 'built-in:mailer', 'built in'),
      fact('s1', 'a', 'first-release', '2010'),
    ],
    ['a', 'b'],
  );
  assert.deepEqual(
    rows.map((r) => [r.label, r.conflict]),
    [
      ['First release', [false, false]],
      // b: "not built in" and "via extensions" agree; a: "built in" and "not built in" do not.
      ['Admin interface', [true, false]],
      ['ORM', [false, false]],
    ],
  );
  assert.deepEqual(
    rows[2]!.cells.map((c) => c.map((v) => v.value)),
    [['built in'], ['not built in', 'via extensions']],
  );
});
