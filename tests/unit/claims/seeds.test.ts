import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { consensus } from '../../../src/analysis/consensus.ts';
import { loadContext } from '../../../src/ingest/context.ts';
import { ingestFolder } from '../../../src/ingest/run.ts';
import { loadGold, loadSentences, score } from './evaluate.ts';

const ctx = loadContext('content');
const run = ingestFolder('content/sources', ctx);
const subjects = ctx.subjects.map((s) => s.id);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

test('claim extraction against the hand-made gold file: verdicts >= 90%, precision >= 85%', () => {
  const s = score(run.claims, loadGold('tests/gold/seeds.yaml'), subjects, loadSentences('tests/gold/sentences.yaml'));
  console.log(`  gold: ${run.claims.length} claims extracted`);
  console.log(`  topic verdict accuracy ${pct(s.verdictAccuracy)} (${s.verdictsRight}/${s.verdictsTotal})`);
  console.log(`  claim precision ${pct(s.precision)} over ${s.precisionJudged} claims on exhaustively annotated sentences`);
  console.log(`  claim recall ${pct(s.recall)} (${s.recallFound}/${s.recallTotal} gold claims with a stance)`);
  for (const w of s.wrongVerdicts) console.log(`    verdict differs: ${w}`);
  assert.ok(s.verdictAccuracy >= 0.9, `verdict accuracy ${pct(s.verdictAccuracy)} is under 90%`);
  assert.ok(s.precision >= 0.85, `precision ${pct(s.precision)} is under 85%:\n${s.wrongClaims.join('\n')}`);
  assert.ok(s.recall >= 0.8, `recall ${pct(s.recall)} fell under 80%:\n${s.misses.join('\n')}`);
});

test('every quote is a sentence of its article, wrapped in the anchor the claim names', () => {
  const byArticle = new Map(run.results.map((r) => [r.id, r.mdx]));
  assert.ok(run.claims.length > 100);
  for (const c of run.claims) {
    const mdx = byArticle.get(c.article);
    assert.ok(mdx, `${c.id}: no article ${c.article}`);
    const open = `<span id="${c.anchor}" class="claim">`;
    const at = mdx.indexOf(open);
    assert.ok(at >= 0, `${c.id}: anchor ${c.anchor} missing`);
    assert.equal(mdx.indexOf(open, at + 1), -1, `${c.id}: anchor ${c.anchor} twice`);
    const inner = mdx.slice(at + open.length, mdx.indexOf('</span>', at));
    // The MDX escapes some characters and marks up emphasis; the rendered text is what a reader sees.
    const visible = inner
      .replace(/\\([\\`*_{}[\]()#+\-.!<>|~&])/g, '$1')
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    assert.equal(visible.replace(/\s+/g, ' ').trim(), c.quote.replace(/\s+/g, ' '), `${c.id}: quote is not the anchored sentence`);
  }
});

test('the seeds agree on the big topics and disagree on development speed', () => {
  const topics = ctx.topics.map((t) => t.id);
  const all = consensus(run.claims, topics, subjects);
  const get = (id: string) => all.find((c) => c.topic === id)!;
  // Majorities a reader of the five articles confirms by hand (see tests/gold/seeds.yaml verdicts).
  const expected: Record<string, string> = { 'learning-curve': subjects[0]!, security: subjects[1]!, scalability: subjects[1]!, flexibility: subjects[0]!, community: subjects[1]! };
  for (const [topic, favoured] of Object.entries(expected)) {
    const c = get(topic);
    assert.equal(c.favoured, favoured, topic);
    assert.ok(c.tally[favoured]!.for.length >= 4, `${topic}: only ${c.tally[favoured]!.for.length} sources for ${favoured}`);
    assert.equal(c.thin, false, topic);
  }
  const speed = get('development-speed');
  assert.equal(speed.contested, true);
  assert.ok(speed.tally[subjects[0]!]!.for.length >= 1 && speed.tally[subjects[1]!]!.for.length >= 1, 'both sides of development speed are cited');
});

test('the generated claims file is what extraction gives (ingest --check covers it too)', () => {
  const onDisk = JSON.parse(readFileSync('content/claims.json', 'utf8')) as unknown[];
  assert.equal(onDisk.length, run.claims.length);
});
