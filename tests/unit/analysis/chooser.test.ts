import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooserModel } from '../../../src/analysis/chooser-model.ts';
import { topicConsensus } from '../../../src/analysis/consensus.ts';
import { markdown } from '../../../src/islands/chooser/ui.ts';
import { score, type ChooserModel } from '../../../src/islands/chooser/score.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { chooserFileSchema } from '../../../src/schemas/chooser.ts';
import { topicSchema } from '../../../src/schemas/topic.ts';

const contribution = (subject: string, points: number) => ({ subject, points, basis: `b-${subject}`, href: '#', citations: [] });
const model: ChooserModel = {
  subjects: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  questions: [
    {
      id: 'size',
      question: 'Size?',
      help: '',
      answers: [
        { id: 'small', label: 'Small', condition: 'were small', contributions: [contribution('a', 2)] },
        { id: 'large', label: 'Large', condition: 'were large', contributions: [contribution('b', 3)] },
      ],
    },
    {
      id: 'admin',
      question: 'Admin?',
      help: '',
      answers: [
        { id: 'yes', label: 'Yes', condition: 'needed admin', contributions: [contribution('b', 2)] },
        { id: 'no', label: 'No', condition: 'needed no admin', contributions: [] },
      ],
    },
  ],
};

test('no answers: no recommendation, but every single answer that would decide is listed', () => {
  const r = score(model, {});
  assert.equal(r.leader, null);
  assert.equal(r.answered, 0);
  assert.deepEqual(r.totals, { a: 0, b: 0 });
  assert.deepEqual(
    r.flips.map((f) => `${f.question}:${f.subject}`),
    ['size:a', 'size:b', 'admin:b'],
  );
});

test('answers add up their contributions and the reasons are sorted by weight', () => {
  const r = score(model, { size: 'small', admin: 'yes' });
  assert.deepEqual(r.totals, { a: 2, b: 2 });
  // 2 against 2 is a tie: the honest answer is "either fits".
  assert.equal(r.leader, null);
  assert.equal(r.reasons.length, 2);
  const r2 = score(model, { size: 'large', admin: 'yes' });
  assert.equal(r2.leader, 'b');
  assert.deepEqual(
    r2.reasons.map((x) => x.points),
    [3, 2],
  );
});

test('a close score is "either fits"; a clear one names the leader and what would flip it', () => {
  const close = score(
    {
      ...model,
      questions: [{ ...model.questions[0]!, answers: [{ id: 'x', label: 'X', condition: 'x', contributions: [contribution('a', 1.1), contribution('b', 1)] }, model.questions[0]!.answers[1]!] }],
    },
    { size: 'x' },
  );
  assert.equal(close.leader, null, '1.1 vs 1 is within the closeness margin');
  const r = score(model, { size: 'small', admin: 'no' });
  assert.equal(r.leader, 'a');
  assert.deepEqual(
    r.flips.map((f) => f.condition),
    ['were large'],
  );
});

test('an answer id that is not in the model counts as unanswered', () => {
  assert.equal(score(model, { size: 'huge' }).answered, 0);
});

test('the model gives points from consensus and use cases only, with citations', () => {
  let n = 0;
  const claim = (article: string, subject: string, topic: string, stance: Claim['stance'], kind: Claim['kind'] = 'attribute', quote = 'a whole statement.'): Claim => ({
    id: `${article}-${++n}`,
    article,
    subject,
    topic,
    stance,
    kind,
    quote,
    anchor: `c-${n}`,
    section: '',
    cue: '',
  });
  const claims = [
    claim('s1', 'a', 'speed', 'favours'),
    claim('s2', 'a', 'speed', 'favours'),
    claim('s3', 'b', 'speed', 'favours'),
    claim('s1', 'b', 'use-cases', 'favours', 'use-case', 'Great for APIs'),
    claim('s2', 'a', 'use-cases', 'favours', 'use-case', 'Ideal for blogs'),
  ];
  const topics = [
    topicSchema.parse({ id: 'speed', label: 'Speed', description: 'd', cues: ['fast'] }),
    topicSchema.parse({ id: 'use-cases', label: 'Use cases', description: 'd', cues: ['ideal for'] }),
  ];
  const questions = chooserFileSchema.parse([
    {
      id: 'perf',
      question: 'Speed?',
      answers: [
        { id: 'yes', label: 'Yes', condition: 'needed speed', weights: [{ topic: 'speed', weight: 3 }] },
        { id: 'no', label: 'No', condition: 'did not', weights: [] },
      ],
    },
    {
      id: 'kind',
      question: 'Kind?',
      answers: [
        { id: 'api', label: 'API', condition: 'built an API', weights: [{ useCase: ['api', 'apis'], weight: 2 }] },
        { id: 'x', label: 'X', condition: 'x', weights: [] },
      ],
    },
  ]);
  const built = chooserModel({
    questions,
    subjects: [
      { id: 'a', name: 'A', aliases: [], description: '' },
      { id: 'b', name: 'B', aliases: [], description: '' },
    ],
    topics,
    consensus: [topicConsensus('speed', claims, ['a', 'b'])],
    claims,
    sourceCount: 3,
    sourceLabel: (x) => x.toUpperCase(),
    claimHref: (c) => `/articles/${c.article}/#${c.anchor}`,
    topicHref: (t) => `/topics/${t}/`,
  });
  const speed = built.questions[0]!.answers[0]!.contributions;
  // 2 of 3 sources favour a, 1 of 3 favours b: weight 3 splits 2:1.
  assert.deepEqual(
    speed.map((c) => [c.subject, c.points, c.basis]),
    [
      ['a', 2, 'Speed: 2 of 3 sources favour A'],
      ['b', 1, 'Speed: 1 of 3 sources favour B'],
    ],
  );
  assert.deepEqual(
    speed[0]!.citations.map((c) => c.source),
    ['S1', 'S2'],
  );
  const api = built.questions[1]!.answers[0]!.contributions;
  assert.deepEqual(
    api.map((c) => [c.subject, c.points]),
    [['b', 2 / 3]],
  );
  assert.equal(api[0]!.citations[0]!.quote, 'Great for APIs');
  const r = score(built, { perf: 'yes', kind: 'api' });
  const md = markdown(built, { perf: 'yes', kind: 'api' }, r, 'https://example.com/choose/?perf=yes&kind=api');
  assert.match(md, /^# Decision record: /);
  assert.match(md, /- Speed\? Yes/);
  assert.match(md, /> “Great for APIs” \(\[S1\]\(https:\/\/example\.com\/articles\/s1\/#c-4\)\)/);
});
