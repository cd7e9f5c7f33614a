import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSentence, type Statement } from '../../../src/ingest/claims/analyse-sentence.ts';
import { compileLexicon } from '../../../src/ingest/claims/lexicon.ts';
import { subjectMatcher } from '../../../src/text/match.ts';
import { topicSchema } from '../../../src/schemas/topic.ts';

// A made-up pair and a two-topic lexicon: the rules under test are grammar, not subject knowledge.
const subjects = subjectMatcher([
  { id: 'alpha', name: 'Alpha', aliases: [], description: '' },
  { id: 'beta', name: 'Beta', aliases: ['Betas'], description: '' },
]);
const lexicon = compileLexicon(
  [
    { id: 'speed', label: 'Speed', description: 'd', cues: ['performance'], favours: ['faster', 'scalable'], disfavours: ['slower', 'not as scalable'] },
    { id: 'learning', label: 'Learning', description: 'd', cues: ['learning curve'], favours: ['easier to learn'], disfavours: ['steeper learning curve', 'steeper'] },
  ].map((t) => topicSchema.parse(t)),
);

const says = (text: string, ctx = {}) =>
  analyseSentence(text, ctx, subjects, lexicon)
    .statements.map((s: Statement) => `${s.subject} ${s.topic} ${s.polarity}`)
    .sort();

/** A reader over a lexicon of its own, for rules that need topics the two-topic lexicon lacks. */
const readerWith = (topics: Array<Record<string, unknown>>) => {
  const own = compileLexicon(topics.map((t) => topicSchema.parse(t)));
  return (text: string) =>
    analyseSentence(text, {}, subjects, own)
      .statements.map((s: Statement) => `${s.subject} ${s.topic} ${s.polarity}`)
      .sort();
};

test('a comparison gives the rival the opposite stance', () => {
  assert.deepEqual(says('Alpha is faster than Beta.'), ['alpha speed 1', 'beta speed -1']);
});

test('"which" refers back to the subject named last', () => {
  assert.deepEqual(says('Alpha is easier to learn compared to Beta, which has a steeper learning curve.'), ['alpha learning 1', 'beta learning -1', 'beta learning -1']);
});

test('the longest phrase wins: "not as scalable" is against, not for', () => {
  assert.deepEqual(says('Alpha is not as scalable as Beta.'), ['alpha speed -1', 'beta speed 1']);
});

test('a negation in front of a phrase turns it around', () => {
  assert.deepEqual(says('Beta is not faster.'), ['beta speed -1']);
});

test('"It ..." carries the previous sentence\'s subject; the heading subject fills in otherwise', () => {
  assert.deepEqual(says('It has a steeper learning curve.', { previous: 'beta', subject: 'alpha' }), ['beta learning -1']);
  assert.deepEqual(says('The learning curve is steeper.', { subject: 'alpha' }), ['alpha learning -1']);
});

test('"both" speaks for every subject named', () => {
  assert.deepEqual(says('Alpha is slower than Beta, yet both are easier to learn.'), ['alpha learning 1', 'alpha speed -1', 'beta learning 1', 'beta speed 1']);
});

test('a pros or cons heading gives a bare topic mention its stance', () => {
  assert.deepEqual(says('Performance for small services', { subject: 'alpha', polarity: 1 }), ['alpha speed 1']);
  assert.deepEqual(says('Performance for small services', { subject: 'alpha' }), ['alpha speed 0']);
});

test('aliases count, and a hyphenated product name is another thing', () => {
  assert.deepEqual(says('Betas are faster.'), ['beta speed 1']);
  assert.deepEqual(says('Beta-Tools is faster.', { subject: 'alpha' }), ['alpha speed 1']);
});

test('no subject, no statement', () => {
  assert.deepEqual(says('Everything is faster these days.'), []);
});

test('a hyphenated size word opens onto its measure ("high-throughput")', () => {
  const read = readerWith([{ id: 'perf', label: 'Perf', description: 'd', cues: ['throughput', 'latency'] }]);
  assert.deepEqual(read('Alpha is tuned for high-throughput pipelines.'), ['alpha perf 1']);
  assert.deepEqual(read('Beta adds high-latency hops.'), ['beta perf -1']);
});

test('"Unlike X, Y ...": Y is described and X is the yardstick', () => {
  assert.deepEqual(says('Unlike Alpha, Beta is faster.'), ['alpha speed -1', 'beta speed 1']);
});

test('"While X ..., Y ...": the concession is a clause of its own, so Y keeps what is said of Y', () => {
  assert.deepEqual(says('While Alpha has a steeper learning curve, Beta is faster.'), ['alpha learning -1', 'beta speed 1']);
});

test('"excels in" praises the aspect named after it, not a use case', () => {
  const read = readerWith([
    { id: 'use-cases', label: 'Use cases', description: 'd', cues: ['use case'], favours: ['excels', 'shines'], disfavours: [] },
    { id: 'speed', label: 'Speed', description: 'd', cues: ['performance'], favours: ['faster'], disfavours: [] },
  ]);
  assert.deepEqual(read('Alpha excels in raw performance.'), ['alpha speed 1']);
  assert.deepEqual(read('Beta excels.'), ['beta use-cases 1']);
});

test('"switching from X to Y" chooses Y over X; with no aspect named, overall', () => {
  const read = readerWith([{ id: 'overall', label: 'Overall', description: 'd', cues: ['overall'] }]);
  assert.deepEqual(read('We got a big win by switching from Alpha to Beta.'), ['alpha overall -1', 'beta overall 1']);
  assert.deepEqual(read('They migrated the billing service from Beta to Alpha last year.'), ['alpha overall 1', 'beta overall -1']);
  // Two subjects and "from" with no move: nothing chosen.
  assert.deepEqual(read('Alpha differs from Beta.'), []);
});

test('a learned comparison on a named aspect is about that aspect, not overall', () => {
  assert.deepEqual(says('In performance, Alpha is far better than Beta.'), ['alpha speed 1', 'beta speed -1']);
});

test('a recommendation chooses its subject: overall, or a use case when tied to one; questions recommend nothing', () => {
  const read = readerWith([
    { id: 'overall', label: 'Overall', description: 'd', cues: ['overall'] },
    { id: 'use-cases', label: 'Use cases', description: 'd', cues: ['use case'] },
  ]);
  assert.deepEqual(read('In the end I am going to stick with Beta.'), ['beta overall 1']);
  assert.deepEqual(read('I would not recommend Alpha.'), ['alpha overall -1']);
  assert.deepEqual(read('Choose Alpha when the team is small.'), ['alpha use-cases 1']);
  assert.deepEqual(read('Should you stick with Alpha or give Beta a try?'), []);
});
