// The chooser matches use-case phrases whole: a phrase one answer names is not read as a shorter
// phrase of another answer, and the deadline answer follows what sources say about deadlines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { chooserModel } from '../../../src/analysis/chooser-model.ts';
import { topicConsensus } from '../../../src/analysis/consensus.ts';
import { loadComparison } from '../../../src/content/load.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { chooserFileSchema } from '../../../src/schemas/chooser.ts';
import { phraseKey, wholePhrases } from '../../../src/text/whole-phrases.ts';

test('wholePhrases: the longest listed phrase wins, so a shorter one inside it is not found', () => {
  const find = wholePhrases(['static websites', 'websites', 'high-traffic', 'e-commerce']);
  assert.deepEqual([...find('Flask is the best choice for static websites.')], ['static websites']);
  assert.deepEqual([...find('handling high-traffic websites')], ['high traffic', 'websites']);
  assert.deepEqual([...find('Great for Websites and E-Commerce')], ['websites', 'e commerce']);
  // Whole words only: a phrase is not found inside a longer word.
  assert.deepEqual([...find('websitesque')], []);
  assert.equal(phraseKey('High-Traffic  Websites'), 'high traffic websites');
});

const claim = (article: string, subject: string, quote: string): Claim => ({
  id: `${article}-${subject}-${quote.length}`,
  article,
  subject,
  topic: 'use-cases',
  stance: 'favours',
  kind: 'use-case',
  quote,
  anchor: 'c-1',
  section: '',
  cue: '',
});

test('a "full website" answer does not count a source that recommends one option for static websites', () => {
  const questions = chooserFileSchema.parse([
    {
      id: 'size',
      question: 'Size?',
      answers: [
        { id: 'small', label: 'Small', condition: 'small', weights: [{ useCase: ['static websites'], weight: 1 }] },
        { id: 'large', label: 'Large', condition: 'large', weights: [] },
      ],
    },
    {
      id: 'kind',
      question: 'Kind?',
      answers: [
        { id: 'website', label: 'A full website', condition: 'a site', weights: [{ useCase: ['websites'], weight: 2 }] },
        { id: 'other', label: 'Other', condition: 'other', weights: [] },
      ],
    },
  ]);
  const claims = [claim('s1', 'a', 'A is the best choice for static websites.'), claim('s2', 'b', 'B is great for developing larger websites.')];
  const model = chooserModel({
    questions,
    subjects: [
      { id: 'a', name: 'A', aliases: [], description: '' },
      { id: 'b', name: 'B', aliases: [], description: '' },
    ],
    topics: [],
    consensus: [],
    claims,
    sourceCount: 2,
    sourceLabel: (x) => x,
    claimHref: () => '#',
    topicHref: () => '#',
  });
  const website = model.questions[1]!.answers[0]!.contributions;
  assert.deepEqual(
    website.map((c) => [c.subject, c.citations.map((x) => x.quote)]),
    [['b', ['B is great for developing larger websites.']]],
  );
  const small = model.questions[0]!.answers[0]!.contributions;
  assert.deepEqual(
    small.map((c) => c.subject),
    ['a'],
  );
});

test('on the seeds: "a full website" cites no static-website use case, and a tight deadline follows the use cases sources give', () => {
  const comparison = loadComparison('content');
  const claims = JSON.parse(readFileSync('content/claims.json', 'utf8')) as Claim[];
  const subjects = comparison.subjects.map((s) => s.id);
  const model = chooserModel({
    questions: comparison.chooser,
    subjects: comparison.subjects,
    topics: comparison.topics,
    consensus: comparison.topics.map((t) => topicConsensus(t.id, claims, subjects)),
    claims,
    sourceCount: new Set(claims.map((c) => c.article)).size,
    sourceLabel: (x) => x,
    claimHref: () => '#',
    topicHref: () => '#',
  });
  const answer = (q: string, a: string) => model.questions.find((x) => x.id === q)!.answers.find((x) => x.id === a)!;
  const websiteQuotes = answer('kind', 'website').contributions.flatMap((c) => c.citations.map((x) => x.quote));
  assert.ok(websiteQuotes.length > 0, 'the website answer still counts something');
  for (const q of websiteQuotes) assert.doesNotMatch(q, /static websites/i);
  assert.ok(!answer('kind', 'website').contributions.some((c) => c.subject === 'flask' && c.citations.some((x) => /static/i.test(x.quote))));
  const tight = answer('deadline', 'tight').contributions;
  // Checked by hand in content/claims.json: "Projects with tight deadlines" (foreignerds) and
  // "perfect for perfectionists who have deadlines" (cisin) are the sources' deadline use cases, both
  // for Django; no source recommends Flask for deadlines.
  assert.deepEqual(
    tight.map((c) => c.subject),
    ['django'],
  );
  assert.match(tight[0]!.basis, /^Use cases: 2 of 5 sources recommend Django/);
  assert.ok(tight[0]!.citations.some((c) => c.quote === 'Projects with tight deadlines'));
  assert.ok(!tight.some((c) => /development speed/i.test(c.basis)));
  // Checked by hand on /topics/popularity/ and /topics/community/: popularity is split (3 of the 5
  // sources that argue it favour Django, under the 65% a lean needs), community strong for Django.
  const hiring = answer('hiring', 'yes').contributions;
  assert.deepEqual(
    hiring.map((c) => [c.subject, c.points, c.basis.replace(/ \(\d of \d sources\)$/, '')]),
    [
      ['django', 0, 'Popularity: the sources are split (3 of 5 favour Django), no lean'],
      ['django', 1, 'Community and ecosystem: strong for Django'],
    ],
  );
});
