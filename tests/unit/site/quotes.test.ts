import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topicConsensus } from '../../../src/analysis/consensus.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { comparePicks } from '../../../src/site/compare-picks.ts';
import { pickQuotes } from '../../../src/site/quotes.ts';
import { consistentClaims, topicView } from '../../../src/site/topic-view.ts';

let n = 0;
function claim(article: string, subject: string, stance: Claim['stance'], quote: string, extra: Partial<Claim> = {}): Claim {
  n++;
  return { id: `${article}-${n}-${subject}`, article, subject, topic: 'perf', stance, kind: 'attribute', quote, anchor: `c-${n}`, section: '', cue: '', ...extra };
}

test('the clearest, most specific sentence comes first; fragments and lead-ins never', () => {
  // The example: Flask's three "clearest" performance quotes were the three weakest.
  const claims = [
    claim('s1', 'flask', 'favours', 'Lightweight'),
    claim('s2', 'flask', 'favours', 'Lightweight web applications'),
    claim('s3', 'flask', 'favours', 'slightly better framework performance'),
    claim('s4', 'flask', 'favours', 'Flask is a great choice if:'),
    claim('s5', 'flask', 'favours', 'In terms of speed, Flask outperforms Django while using Python.'),
  ];
  const picked = pickQuotes(claims, 3).map((c) => c.quote);
  assert.equal(picked[0], 'In terms of speed, Flask outperforms Django while using Python.');
  assert.ok(!picked.includes('Lightweight'));
  assert.ok(!picked.includes('Flask is a great choice if:'));
});

test('a sentence already on the page is not picked again', () => {
  const shown = new Set<string>();
  const a = claim('s1', 'flask', 'favours', 'Flask is faster than Django.', { kind: 'comparison', versus: 'django' });
  const b = claim('s1', 'django', 'disfavours', 'Flask is faster than Django.', { kind: 'comparison', versus: 'flask' });
  assert.equal(pickQuotes([a], 1, shown).length, 1);
  assert.deepEqual(pickQuotes([b], 1, shown), []);
});

test('the comparison page shows each sentence once and a cell only quotes what agrees with its count', () => {
  const S = ['flask', 'django'];
  const shared = 'Flask is lighter and faster than Django in every benchmark.';
  const claims = [
    claim('s1', 'flask', 'favours', shared, { kind: 'comparison' }),
    claim('s1', 'django', 'disfavours', shared, { kind: 'comparison' }),
    claim('s2', 'flask', 'favours', 'Flask handles more requests per second.'),
    // s3 favours Django overall but says one good thing about Flask: not a "For" quote under Flask's count.
    claim('s3', 'django', 'favours', 'Django scales to very large sites easily.'),
    claim('s3', 'django', 'favours', 'Django caches whole pages out of the box.'),
    claim('s3', 'flask', 'favours', 'Flask starts up quickly on small servers.'),
  ];
  const c = topicConsensus('perf', claims, S);
  const view = topicView(
    'perf',
    c,
    claims,
    S,
    ['s1', 's2', 's3'],
    (x) => x,
    (x) => x,
  );
  const flask = view.sides[0]!;
  assert.deepEqual(flask.favouredBy, ['s1', 's2']);
  assert.deepEqual(flask.against, ['s3']);
  assert.ok(!consistentClaims(flask).some((x) => x.quote.startsWith('Flask starts up')));
  const second = { ...view, topic: 'perf2' };
  const picks = comparePicks([view, second], new Map([['flask', [claim('s2', 'flask', 'favours', shared)]]]));
  const quotes = [...picks.cells.values()].flat(2).map((x) => x.quote);
  quotes.push(...[...picks.useCases.values()].flat().map((x) => x.quote));
  assert.equal(new Set(quotes).size, quotes.length, `a sentence repeats: ${quotes.join(' | ')}`);
  assert.equal(picks.cells.get('perf')![0]![0]!.quote, shared);
});
