import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooserModel } from '../../../src/analysis/chooser-model.ts';
import { topicConsensus } from '../../../src/analysis/consensus.ts';
import { markdown } from '../../../src/islands/chooser/ui.ts';
import { score, type ChooserModel } from '../../../src/islands/chooser/score.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { chooserFileSchema } from '../../../src/schemas/chooser.ts';
import { topicSchema } from '../../../src/schemas/topic.ts';

/** Two subjects for the models built by hand below. */
const AB = [
  { id: 'a', name: 'A', aliases: [], description: '' },
  { id: 'b', name: 'B', aliases: [], description: '' },
];

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
    subjects: AB,
    topics,
    consensus: [topicConsensus('speed', claims, ['a', 'b'])],
    claims,
    sourceCount: 3,
    sourceLabel: (x) => x.toUpperCase(),
    claimHref: (c) => `/articles/${c.article}/#${c.anchor}`,
    topicHref: (t) => `/topics/${t}/`,
  });
  const speed = built.questions[0]!.answers[0]!.contributions;
  // 2 of 3 sources favour a (67%: leans, short of the 3 sources a strong verdict needs): the winner
  // alone gets half of weight 3; the one source for b gives b nothing.
  assert.deepEqual(
    speed.map((c) => [c.subject, c.points, c.basis]),
    [['a', 1.5, 'Speed: sources lean to A (2 of 3 sources)']],
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

test('topic weights follow the strength: strong counts in full, leans in half, split and thin not at all, and say so', () => {
  let n = 0;
  const claim = (article: string, subject: string, topic: string): Claim => ({
    id: `${article}-${++n}`,
    article,
    subject,
    topic,
    stance: 'favours',
    kind: 'attribute',
    quote: `${subject} is good at ${topic}, says ${article}.`,
    anchor: `c-${n}`,
    section: '',
    cue: '',
  });
  const claims = [
    // docs: 3 of 3 sources for b (strong); cost: 1 for a, 1 for b (split); hosting: one source (too little).
    claim('s1', 'b', 'docs'),
    claim('s2', 'b', 'docs'),
    claim('s3', 'b', 'docs'),
    claim('s1', 'a', 'cost'),
    claim('s2', 'b', 'cost'),
    claim('s1', 'a', 'hosting'),
  ];
  const ids = ['docs', 'cost', 'hosting'];
  const topics = ids.map((id) => topicSchema.parse({ id, label: id.toUpperCase(), description: 'd', cues: [id] }));
  const questions = chooserFileSchema.parse(
    ids.map((id) => ({
      id,
      question: `${id}?`,
      answers: [
        { id: 'yes', label: 'Yes', condition: `cared about ${id}`, weights: [{ topic: id, weight: 2 }] },
        { id: 'no', label: 'No', condition: 'did not', weights: [] },
      ],
    })),
  );
  const built = chooserModel({
    questions,
    subjects: AB,
    topics,
    consensus: ids.map((id) => topicConsensus(id, claims, ['a', 'b'])),
    claims,
    sourceCount: 3,
    sourceLabel: (x) => x.toUpperCase(),
    claimHref: (c) => `/articles/${c.article}/#${c.anchor}`,
    topicHref: (t) => `/topics/${t}/`,
  });
  const [docs, cost, hosting] = built.questions.map((q) => q.answers[0]!.contributions);
  assert.deepEqual(
    docs!.map((c) => [c.subject, c.points, c.basis]),
    [['b', 2, 'DOCS: strong for B (3 of 3 sources)']],
  );
  assert.deepEqual(
    cost!.map((c) => [c.points, c.basis]),
    [[0, 'COST: the sources are split, no lean']],
  );
  // The split answer still cites what each side said, so the reader can see the disagreement.
  assert.deepEqual(cost![0]!.citations.map((c) => c.source).sort(), ['S1', 'S2']);
  assert.deepEqual(
    hosting!.map((c) => [c.points, c.basis]),
    [[0, 'HOSTING: too little evidence (1 source takes a side), no lean']],
  );
  // A split answer alone recommends nothing, but it is listed among the reasons.
  const split = score(built, { cost: 'yes' });
  assert.equal(split.leader, null);
  assert.deepEqual(split.totals, { a: 0, b: 0 });
  assert.match(split.reasons[0]!.basis, /split, no lean/);
  assert.equal(score(built, { cost: 'yes', hosting: 'yes' }).leader, null, 'a thin topic does not tip a tie either');
  assert.equal(score(built, { cost: 'yes', docs: 'yes' }).leader, 'b');
});
