import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agreement } from '../../../src/analysis/agreement.ts';
import { topicConsensus } from '../../../src/analysis/consensus.ts';
import { isEvidence, specificity } from '../../../src/analysis/evidence.ts';
import { strength } from '../../../src/analysis/strength.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { agreementPhrase, strengthLine } from '../../../src/site/format.ts';

const S = ['a', 'b'];
let n = 0;
function claim(article: string, subject: string, stance: Claim['stance'], quote = `a full sentence ${++n}.`): Claim {
  n++;
  return { id: `${article}-${n}-${subject}`, article, subject, topic: 't', stance, kind: 'attribute', quote, anchor: `c-${n}`, section: '', cue: '' };
}
/** One source per entry: 'a' / 'b' favours that subject, 'both' argues both ways evenly, 'neutral' only mentions. */
function topic(...sources: Array<'a' | 'b' | 'both' | 'neutral'>) {
  const claims = sources.flatMap((p, i) => {
    const s = `s${i + 1}`;
    if (p === 'both') return [claim(s, 'a', 'favours'), claim(s, 'b', 'favours')];
    if (p === 'neutral') return [claim(s, 'a', 'neutral')];
    return [claim(s, p, 'favours')];
  });
  return topicConsensus('t', claims, S);
}
const name = (id: string) => id.toUpperCase();

test('strong: at least three sources agree and they are at least 80% of those arguing', () => {
  const s = strength(topic('a', 'a', 'a', 'a', 'b'));
  assert.deepEqual([s.level, s.winner, s.agreeing, s.arguing], ['strong', 'a', 4, 5]);
});

test('leans: a clear majority short of strong names a winner', () => {
  assert.deepEqual([strength(topic('a', 'a')).level, strength(topic('a', 'a')).winner], ['leans', 'a']);
  assert.equal(strength(topic('a', 'a', 'b')).level, 'leans');
  assert.equal(strength(topic('a', 'a', 'a', 'b')).level, 'leans');
});

test('split: 3 against 2, or a lead eaten by sources arguing both ways, names no winner', () => {
  const three = strength(topic('a', 'a', 'a', 'b', 'b'));
  assert.deepEqual([three.level, three.winner, three.leader], ['split', null, 'a']);
  // The seeds' development speed before this change: 2 for one, 1 for the other, 2 both ways.
  assert.equal(strength(topic('a', 'a', 'b', 'both', 'both')).level, 'split');
  assert.equal(strength(topic('a', 'b')).level, 'split');
});

test('too little evidence: fewer than two sources take a side, whatever else mentions the topic', () => {
  const s = strength(topic('a', 'neutral', 'neutral', 'both'));
  assert.deepEqual([s.level, s.winner], ['too-little', null]);
  assert.equal(strength(topic()).level, 'too-little');
});

test('the one-line explanation counts sources only where they argue the topic', () => {
  const a = agreement(topic('a', 'a', 'a', 'a', 'neutral'), S, 6);
  assert.equal(strengthLine(a, name), 'Strong for A: all 4 sources that argue this favour A. 1 more mentions it without taking a side.');
  assert.equal(agreementPhrase(a), '4 of 4 sources');
  const split = agreement(topic('a', 'a', 'b', 'both', 'both'), S, 5);
  assert.equal(strengthLine(split, name), 'Split: 2 favour A, 1 favours B and 2 argue both ways evenly, so no winner is named.');
  assert.equal(split.favoured, null);
  const thin = agreement(topic('b', 'neutral'), S, 5);
  assert.equal(strengthLine(thin, name), 'Too little evidence: only 1 source takes a side, so no winner is named. 1 more mentions it without taking a side.');
  assert.equal(strengthLine(agreement(topic('b', 'b', 'a'), S, 3), name), 'Leans B: 2 of the 3 sources that argue this favour B; 1 favours A.');
});

test('the meter and the cells place every source once: for, against, both ways, no side, silent', () => {
  const a = agreement(topic('a', 'a', 'b', 'both', 'neutral'), S, 7);
  assert.deepEqual(
    a.segments.map((s) => [s.key, s.count]),
    [
      ['a', 2],
      ['b', 1],
      ['both', 1],
      ['none', 1],
      ['silent', 2],
    ],
  );
  assert.deepEqual(a.stands.a, { for: ['s1', 's2'], against: ['s3'], both: ['s4'] });
  assert.deepEqual(a.stands.b, { for: ['s3'], against: ['s1', 's2'], both: ['s4'] });
  assert.equal(
    a.segments.reduce((sum, s) => sum + s.count, 0),
    7,
  );
});

test('evidence: fragments under three words and lead-ins ending in ":" are not evidence', () => {
  assert.equal(isEvidence('Lightweight'), false);
  assert.equal(isEvidence('Lightweight web applications'), true);
  assert.equal(isEvidence('Flask is a great choice if:'), false);
  assert.equal(isEvidence('Flask outperforms Django.'), true);
});

test('specificity: an explicit comparison outranks a bare adjective and a longer vague sentence', () => {
  const q = (quote: string, kind: Claim['kind'] = 'attribute') => specificity({ quote, kind });
  assert.ok(q('In terms of speed, Flask outperforms Django while using Python.') > q('Lightweight web applications'));
  assert.ok(q('Flask is faster than Django.', 'comparison') > q('Flask is a micro web framework that is lightweight, simple, and easy to use for everyone.'));
  assert.equal(q('Lightweight'), 0);
});
