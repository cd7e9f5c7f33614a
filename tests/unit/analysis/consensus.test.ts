import assert from 'node:assert/strict';
import { test } from 'node:test';
import { consensus, topicConsensus } from '../../../src/analysis/consensus.ts';
import type { Claim } from '../../../src/schemas/claim.ts';

const S = ['a', 'b'];
let n = 0;
function claim(article: string, subject: string, topic: string, stance: Claim['stance'], quote?: string): Claim {
  n++;
  // Quotes of three words or more: shorter ones are fragments, which take no side (evidence.ts).
  return { id: `${article}-${n}-${subject}-${topic}`, article, subject, topic, stance, kind: 'attribute', quote: quote ?? `statement number ${n}.`, anchor: `c-${n}`, section: '', cue: '' };
}

test('a clear majority: 3 of 3 sources favour a, none contested', () => {
  const claims = [claim('s1', 'a', 'speed', 'favours'), claim('s2', 'b', 'speed', 'disfavours'), claim('s3', 'a', 'speed', 'favours'), claim('s3', 'b', 'speed', 'disfavours')];
  const c = topicConsensus('speed', claims, S);
  assert.equal(c.favoured, 'a');
  assert.deepEqual(c.tally.a!.for, ['s1', 's2', 's3']);
  assert.deepEqual(c.tally.b!.for, []);
  assert.deepEqual(c.tally.b!.against, ['s2', 's3']);
  assert.equal(c.contested, false);
  assert.equal(c.thin, false);
});

test('sources favouring different subjects make the topic contested; the majority still leads', () => {
  const claims = [claim('s1', 'a', 'speed', 'favours'), claim('s2', 'a', 'speed', 'favours'), claim('s3', 'b', 'speed', 'favours')];
  const c = topicConsensus('speed', claims, S);
  assert.equal(c.favoured, 'a');
  assert.equal(c.contested, true);
});

test('a tie between sources favours nobody', () => {
  const claims = [claim('s1', 'a', 'speed', 'favours'), claim('s2', 'b', 'speed', 'favours')];
  const c = topicConsensus('speed', claims, S);
  assert.equal(c.favoured, null);
  assert.equal(c.contested, true);
});

test('one source arguing both ways evenly is contested with itself and has no verdict', () => {
  const claims = [claim('s1', 'a', 'speed', 'favours'), claim('s1', 'b', 'speed', 'favours'), claim('s2', 'a', 'speed', 'favours')];
  const c = topicConsensus('speed', claims, S);
  assert.equal(c.verdicts.find((v) => v.article === 's1')!.favoured, null);
  assert.equal(c.contested, true);
  assert.equal(c.favoured, 'a');
});

test('a source that argues both ways but leans one way keeps its verdict and is not self-contested', () => {
  const claims = [claim('s1', 'a', 'speed', 'favours'), claim('s1', 'a', 'speed', 'favours'), claim('s1', 'b', 'speed', 'favours'), claim('s2', 'a', 'speed', 'favours')];
  const c = topicConsensus('speed', claims, S);
  const v = c.verdicts.find((x) => x.article === 's1')!;
  assert.equal(v.favoured, 'a');
  assert.equal(v.mixed, true);
  assert.equal(c.contested, false);
});

test('fewer than two sources taking a side is thin', () => {
  const c = topicConsensus('speed', [claim('s1', 'a', 'speed', 'favours')], S);
  assert.equal(c.thin, true);
  assert.equal(c.favoured, 'a');
});

test('neutral claims and other topics do not count', () => {
  const claims = [claim('s1', 'a', 'speed', 'neutral'), claim('s2', 'a', 'size', 'favours')];
  const c = topicConsensus('speed', claims, S);
  assert.equal(c.sources.length, 0);
  assert.equal(c.favoured, null);
  assert.equal(c.thin, true);
});

test('descriptive topics (use cases, facts) are not voted on', () => {
  const claims = [claim('s1', 'a', 'use-cases', 'favours'), claim('s1', 'a', 'speed', 'favours')];
  assert.deepEqual(
    consensus(claims, ['speed', 'use-cases'], S).map((c) => c.topic),
    ['speed'],
  );
});

test('fragments and lead-ins take no side: a source whose only statement is "Lightweight" is not counted', () => {
  const claims = [claim('s1', 'a', 'speed', 'favours', 'Lightweight'), claim('s2', 'a', 'speed', 'favours', 'A is a great choice if:'), claim('s3', 'a', 'speed', 'favours')];
  const c = topicConsensus('speed', claims, S);
  assert.deepEqual(c.sources, ['s3']);
  assert.deepEqual(c.mentioning, ['s1', 's2', 's3']);
  assert.equal(c.thin, true);
});
