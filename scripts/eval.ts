// `npm run eval`: how well ingest understands comparisons it was not written for. For each folder in
// tests/gold/pairs/ (real articles, hand-labelled, see its README) and for the five seeds, the sources
// are ingested with the default taxonomy only (a folder's own topics.yaml is ignored here) and the
// claims scored against the labels:
//   precision  claims on exhaustively labelled sentences whose (subject, topic, stance) is listed there
//   recall     hand-picked key claims found with the same subject, topic and stance on the same sentence
//   verdicts   per topic, the site's verdict across the pair's sources against the labelled one
// Figures are printed for the dev split; `heldout` articles are scored only with --heldout, and their
// errors are never printed, so no rule is written while looking at them.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { topicConsensus } from '../src/analysis/consensus.ts';
import { strength } from '../src/analysis/strength.ts';
import { loadContext } from '../src/ingest/context.ts';
import { articleId } from '../src/ingest/pipeline.ts';
import { nameKey } from '../src/ingest/find-subjects.ts';
import { initComparison } from '../src/ingest/init.ts';
import { ingestFolder } from '../src/ingest/run.ts';
import type { Claim } from '../src/schemas/claim.ts';
import { RESERVED_TOPICS } from '../src/schemas/reserved.ts';

interface LabelledClaim {
  subject: string;
  topic: string;
  stance: string;
}
interface PairGold {
  pair: string;
  subjects: string[];
  articles: Array<{ source: string; split: 'dev' | 'heldout' }>;
  sentences: Array<{ source: string; quote: string; claims: LabelledClaim[] | null }>;
  key_claims: Array<LabelledClaim & { source: string; quote: string }>;
  verdicts: Array<{ topic: string; favoured: string; strength?: string }>;
}

// Held-out figures are printed only on request (--heldout), so that iterating on the rules happens on
// the dev split alone; look at them when a change is finished, not while making it.
// --generated-subjects: subjects.yaml and site.yaml are written by `ingest init` from the articles
// (as a new user would get them), and the claims' subject ids are mapped to the labels' by name.
const { values } = parseArgs({
  options: {
    errors: { type: 'string', default: 'dev' },
    pair: { type: 'string' },
    heldout: { type: 'boolean', default: false },
    'generated-subjects': { type: 'boolean', default: false },
    // With --heldout: the figures as JSON for the methodology page (src/site/engine-accuracy.json).
    write: { type: 'string' },
  },
});

// Quotes in the labels are copied from the raw source (Markdown emphasis, links); claims quote what a
// reader sees. Compare both as plain lower-case text.
const norm = (s: string) =>
  s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const sameSentence = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

/** The verdict the site shows for a topic: a subject, `split` (sources disagree or none leads), or `absent`. */
function siteVerdict(topic: string, claims: Claim[], subjects: string[]): string {
  const c = topicConsensus(topic, claims, subjects);
  if (!c.sources.length) return 'absent';
  // The site names a winner only where the evidence is strong or leans one way (src/analysis/strength.ts).
  return strength(c).winner ?? 'split';
}

function agrees(gold: string, ours: string): boolean {
  if (gold === 'split' || gold === 'none') return ours === 'split' || ours === 'absent';
  return gold === ours;
}

interface Score {
  judged: number;
  correct: number;
  keys: number;
  found: number;
  wrong: string[];
  missed: string[];
}

function scoreClaims(claims: Claim[], gold: PairGold, sources: Set<string>): Score {
  const s: Score = { judged: 0, correct: 0, keys: 0, found: 0, wrong: [], missed: [] };
  const labelled = gold.sentences.filter((x) => sources.has(x.source));
  for (const c of claims) {
    if (c.kind === 'fact' || c.stance === 'neutral') continue;
    const on = labelled.filter((x) => articleId(x.source) === c.article && sameSentence(c.quote, x.quote));
    if (!on.length) continue;
    s.judged++;
    if (on.some((x) => (x.claims ?? []).some((k) => k.subject === c.subject && k.topic === c.topic && k.stance === c.stance))) s.correct++;
    else s.wrong.push(`${c.article} ${c.subject} ${c.topic} ${c.stance} [${c.cue}]: ${c.quote.slice(0, 100)}`);
  }
  for (const k of gold.key_claims.filter((x) => sources.has(x.source))) {
    s.keys++;
    if (claims.some((c) => c.article === articleId(k.source) && c.subject === k.subject && c.topic === k.topic && c.stance === k.stance && sameSentence(c.quote, k.quote))) s.found++;
    else s.missed.push(`${k.source} ${k.subject} ${k.topic} ${k.stance}: ${k.quote.slice(0, 100)}`);
  }
  return s;
}

/** A copy of a comparison folder without its topics.yaml, so only the default taxonomy applies. */
function withDefaultTaxonomy(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  for (const f of readdirSync(content)) {
    if (f === 'topics.yaml' || f === 'articles' || f === 'claims.json' || f === 'curation.yaml' || f === 'chooser.yaml') continue;
    cpSync(join(content, f), join(dir, f), { recursive: true });
  }
  return dir;
}

function seedsAsPair(): PairGold {
  const seeds = parse(readFileSync('tests/gold/seeds.yaml', 'utf8')) as { claims: Array<LabelledClaim & { source: string; quote: string }> };
  const sentences = parse(readFileSync('tests/gold/sentences.yaml', 'utf8')) as PairGold;
  const sources = [...new Set(sentences.sentences.map((s) => s.source).concat(seeds.claims.map((c) => c.source)))];
  return {
    pair: 'seeds',
    subjects: (parse(readFileSync('content/subjects.yaml', 'utf8')) as Array<{ id: string }>).map((x) => x.id),
    // The seeds were read while the rules were written: they are all "dev".
    articles: sources.map((source) => ({ source, split: 'dev' })),
    sentences: sentences.sentences,
    key_claims: seeds.claims.filter((c) => c.stance !== 'neutral'),
    verdicts: [],
  };
}

const rows: string[][] = [['pair', 'split', 'precision', 'recall', 'verdicts']];
interface Figures {
  pair: string;
  split: string;
  precision?: [number, number];
  recall?: [number, number];
  verdicts?: [number, number];
}
const figures: Figures[] = [];
const totals = { judged: 0, correct: 0, keys: 0, found: 0, verdicts: 0, agreed: 0 };
const pairs = readdirSync('tests/gold/pairs', { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join('tests/gold/pairs', e.name, 'gold.yaml')))
  .map((e) => e.name)
  .filter((p) => !values.pair || p === values.pair);

for (const name of [...pairs, 'seeds']) {
  const gold = name === 'seeds' ? seedsAsPair() : (parse(readFileSync(join('tests/gold/pairs', name, 'gold.yaml'), 'utf8')) as PairGold);
  const content = withDefaultTaxonomy(name === 'seeds' ? 'content' : join('tests/gold/pairs', name, 'content'));
  try {
    const labelled = parse(readFileSync(join(content, 'subjects.yaml'), 'utf8')) as Array<{ id: string; name: string; aliases?: string[] }>;
    const toLabelled = new Map<string, string>();
    if (values['generated-subjects']) {
      rmSync(join(content, 'subjects.yaml'));
      rmSync(join(content, 'site.yaml'));
      const found = initComparison(content).found.subjects ?? [];
      const generated = parse(readFileSync(join(content, 'subjects.yaml'), 'utf8')) as Array<{ id: string; name: string; aliases: string[] }>;
      for (const g of generated) {
        const keys = new Set([g.name, ...g.aliases].map(nameKey));
        const match = labelled.find((l) => [l.name, ...(l.aliases ?? [])].some((n) => keys.has(nameKey(n))));
        toLabelled.set(g.id, match?.id ?? `unmatched:${g.name}`);
      }
      console.log(`  ${name}: init found ${found.map((f) => f.name).join(' vs ')} -> ${[...toLabelled.values()].join(', ')}`);
    }
    const raw = ingestFolder(join(content, 'sources'), loadContext(content));
    const mapId = (id: string) => toLabelled.get(id) ?? id;
    const run = { ...raw, claims: raw.claims.map((c) => ({ ...c, subject: mapId(c.subject), ...(c.versus ? { versus: mapId(c.versus) } : {}) })) };
    for (const split of values.heldout ? (['dev', 'heldout'] as const) : (['dev'] as const)) {
      const sources = new Set(gold.articles.filter((a) => a.split === split).map((a) => a.source));
      if (!sources.size) continue;
      const ids = new Set([...sources].map(articleId));
      const s = scoreClaims(
        run.claims.filter((c) => ids.has(c.article)),
        gold,
        sources,
      );
      totals.judged += s.judged;
      totals.correct += s.correct;
      totals.keys += s.keys;
      totals.found += s.found;
      rows.push([gold.pair, split, `${pct(s.correct, s.judged)} (${s.judged})`, `${pct(s.found, s.keys)} (${s.keys})`, '']);
      figures.push({ pair: gold.pair, split, precision: [s.correct, s.judged], recall: [s.found, s.keys] });
      if (values.errors === split || (values.errors === 'all' && split === 'dev')) {
        for (const w of s.wrong) console.log(`  wrong   ${w}`);
        for (const m of s.missed) console.log(`  missed  ${m}`);
      }
    }
    if (gold.verdicts.length && values.heldout) {
      let agreed = 0;
      const disagreements: string[] = [];
      for (const v of gold.verdicts.filter((x) => !RESERVED_TOPICS.has(x.topic))) {
        const ours = siteVerdict(v.topic, run.claims, gold.subjects);
        totals.verdicts++;
        if (agrees(v.favoured, ours)) {
          agreed++;
          totals.agreed++;
        } else disagreements.push(`${v.topic}: labelled ${v.favoured} (${v.strength ?? ''}), site says ${ours}`);
      }
      const n = gold.verdicts.filter((x) => !RESERVED_TOPICS.has(x.topic)).length;
      rows.push([gold.pair, 'all', '', '', `${pct(agreed, n)} (${agreed}/${n})`]);
      figures.push({ pair: gold.pair, split: 'all', verdicts: [agreed, n] });
      if (values.errors === 'all' || values.errors === 'verdicts') for (const d of disagreements) console.log(`  verdict ${gold.pair} ${d}`);
    }
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}
rows.push([
  'overall',
  '',
  `${pct(totals.correct, totals.judged)} (${totals.judged})`,
  `${pct(totals.found, totals.keys)} (${totals.keys})`,
  `${pct(totals.agreed, totals.verdicts)} (${totals.agreed}/${totals.verdicts})`,
]);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log('');
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
if (values.write) {
  if (!values.heldout) throw new Error('--write needs --heldout: the published figures include the held-out articles.');
  writeFileSync(values.write, `${JSON.stringify({ measured: new Date().toISOString().slice(0, 10), command: 'npm run eval -- --heldout', figures }, null, 1)}\n`);
  console.log(`\nWrote ${values.write}.`);
}
