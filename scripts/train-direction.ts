/**
 * Train the sentence-direction model (src/ingest/claims/direction-model.ts) on the CompSent-19 compsci rows.
 *
 *   npm run train                 # cross-validate, then train on all rows and write direction-model.json
 *   npm run train -- --cv-only    # cross-validation figures only, nothing written
 *   npm run train -- --out x.json # write the model elsewhere (tests/slow/train-direction.test.ts compares bytes)
 *
 * Scores come from stratified 5-fold cross-validation (fixed seed) over the training file only; feature
 * selection happens inside each fold. Output is deterministic: same input, same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { type DirectionLabel, type DirectionModel, LABELS, featurize, scoreFeatures } from '../src/ingest/claims/direction-model.ts';
import { seededRandom } from './seeded-random.ts';

const DATA = 'tests/gold/compsent19/data-compsci.csv';

const { values: opt } = parseArgs({
  options: {
    'cv-only': { type: 'boolean', default: false },
    out: { type: 'string', default: 'src/ingest/claims/direction-model.json' },
    folds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '19' },
    // Hyper-parameters, chosen by cross-validation on the training file (see README of tests/gold/compsent19).
    features: { type: 'string', default: '4000' },
    'min-df': { type: 'string', default: '2' },
    l2: { type: 'string', default: '0.03' },
    'class-weight': { type: 'string', default: '1' },
    // Blend of the crowd's vote shares into the one-hot target (0 = majority label only).
    soft: { type: 'string', default: '0.5' },
    quiet: { type: 'boolean', default: false },
    // Weight of mirrored copies of directional training rows (scripts/data/comparative-antonyms.yaml); 0 = none.
    mirror: { type: 'string', default: '0.25' },
    drop: { type: 'string', default: '' }, // ablation: comma-separated feature-name prefixes to leave out
    errors: { type: 'boolean', default: false }, // print the misclassified held-back rows of each fold
  },
});
const FOLDS = Number(opt.folds);
const SEED = Number(opt.seed);
const K = Number(opt.features);
const MIN_DF = Number(opt['min-df']);
const L2 = Number(opt.l2);
const CW = Number(opt['class-weight']);
const SOFT = Number(opt.soft);
const DROP = opt.drop.split(',').filter((d) => d !== '');
const MIRROR = Number(opt.mirror);
const OUT = opt.out;

// ---------------------------------------------------------------- CSV

/** RFC 4180: quoted fields, doubled quotes, newlines inside quotes, CRLF or LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

interface Example {
  id: string;
  sentence: string;
  a: string;
  b: string;
  label: number; // index into LABELS, relative to the canonical (first-mentioned) object
  features: string[];
  values: number[];
  /** Annotators' votes per label (canonical order), for soft targets. */
  votes: number[];
  /** Weight of the row in training: 1, or MIRROR for a mirrored copy. */
  weight: number;
}

function load(): Example[] {
  const [header, ...rows] = parseCsv(readFileSync(DATA, 'utf8'));
  if (header === undefined) throw new Error(`${DATA} is empty`);
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${DATA}: no column ${name}`);
    return i;
  };
  const [cId, cDomain, cA, cB, cS, cL, cBetter, cWorse, cNone] = ['id', 'domain', 'object_a', 'object_b', 'sentence', 'most_frequent_label', 'better_count', 'worse_count', 'none_count'].map(col);
  const out: Example[] = [];
  for (const r of rows) {
    if (r.length !== header.length) throw new Error(`${DATA}: row with ${r.length} fields, header has ${header.length}`);
    if (r[cDomain!] !== 'compsci') continue;
    const label = LABELS.indexOf(r[cL!] as DirectionLabel);
    if (label < 0) throw new Error(`${DATA}: unknown label ${r[cL!]}`);
    const sentence = r[cS!]!;
    const a = r[cA!]!;
    const b = r[cB!]!;
    const v = [r[cBetter!], r[cWorse!], r[cNone!]].map(Number) as [number, number, number];
    out.push(example(r[cId!]!, sentence, a, b, label, v, 1));
  }
  return out;
}

function example(id: string, sentence: string, a: string, b: string, label: number, v: readonly [number, number, number], weight: number): Example {
  const fz = featurize(sentence, a, b);
  // The model answers for the first-mentioned object; mirror the gold label when object_a comes second.
  const canonical = fz.swapped && label < 2 ? 1 - label : label;
  const keep = fz.features.map((f) => !DROP.some((d) => f.startsWith(d)));
  const features = fz.features.filter((_, j) => keep[j]);
  const values = fz.values.filter((_, j) => keep[j]);
  const votes = fz.swapped ? [v[1], v[0], v[2]] : [...v];
  return { id, sentence, a, b, label: canonical, features, values, votes, weight };
}

// ---------------------------------------------------------------- mirrored copies

const ANTONYMS = new Map<string, string>();
for (const [x, y] of (parse(readFileSync('scripts/data/comparative-antonyms.yaml', 'utf8')) as { pairs: [string, string][] }).pairs) {
  if (!ANTONYMS.has(x)) ANTONYMS.set(x, y);
  if (!ANTONYMS.has(y)) ANTONYMS.set(y, x);
}

/**
 * A directional row with each comparative word swapped for its opposite and the label flipped
 * ("X is faster than Y" BETTER -> "X is slower than Y" WORSE); undefined when the row has no direction or
 * no such word. The copy keeps the capitalisation of each word it replaces.
 */
function mirrored(ex: Example): Example | undefined {
  if (ex.label === 2) return undefined;
  let swaps = 0;
  const sentence = ex.sentence.replace(/[A-Za-z]+/g, (w) => {
    const o = ANTONYMS.get(w.toLowerCase());
    if (o === undefined) return w;
    swaps++;
    return w[0] === w[0]!.toUpperCase() ? o[0]!.toUpperCase() + o.slice(1) : o;
  });
  if (swaps === 0) return undefined;
  // ex's label and votes are canonical; example() takes CompSent's (object_a first), flipped for the copy.
  // When object_a is mentioned second the two flips cancel out.
  const { swapped } = featurize(sentence, ex.a, ex.b);
  const [better, worse, none] = ex.votes as [number, number, number];
  const label = swapped ? ex.label : 1 - ex.label;
  return example(`${ex.id}~`, sentence, ex.a, ex.b, label, swapped ? [better, worse, none] : [worse, better, none], MIRROR);
}

/** The training rows plus their mirrored copies (none when MIRROR is 0). */
function withMirrors(train: readonly Example[]): Example[] {
  if (MIRROR <= 0) return [...train];
  return [...train, ...train.flatMap((ex) => mirrored(ex) ?? [])];
}

// ---------------------------------------------------------------- folds

/** fold[i] for each example: per class, shuffled with the seed, dealt round-robin. */
function stratifiedFolds(labels: readonly number[], k: number, seed: number): number[] {
  const rnd = seededRandom(seed);
  const fold = new Array<number>(labels.length).fill(0);
  let offset = 0;
  for (let c = 0; c < LABELS.length; c++) {
    const idx = labels.flatMap((l, i) => (l === c ? [i] : []));
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    idx.forEach((ex, n) => (fold[ex] = (n + offset) % k));
    offset += idx.length;
  }
  return fold;
}

// ---------------------------------------------------------------- feature selection

/** Keep features seen in >= MIN_DF training examples, the K with the highest chi-square against the labels. */
function selectFeatures(train: readonly Example[]): string[] {
  const C = LABELS.length;
  const n = train.length;
  const classN = new Array<number>(C).fill(0);
  const counts = new Map<string, number[]>();
  for (const ex of train) {
    classN[ex.label]!++;
    for (const f of ex.features) {
      let c = counts.get(f);
      if (c === undefined) counts.set(f, (c = new Array<number>(C).fill(0)));
      c[ex.label]!++;
    }
  }
  const scored: [string, number][] = [];
  for (const [f, c] of counts) {
    const df = c.reduce((s, v) => s + v, 0);
    if (df < MIN_DF) continue;
    let chi = 0;
    for (let k = 0; k < C; k++) {
      const a = c[k]!; // feature & class
      const b = df - a; // feature & not class
      const cc = classN[k]! - a; // no feature & class
      const d = n - df - cc; // neither
      const den = (a + b) * (cc + d) * (a + cc) * (b + d);
      if (den > 0) chi = Math.max(chi, (n * (a * d - b * cc) ** 2) / den);
    }
    scored.push([f, chi]);
  }
  // Signed features (direction cues) always stay; they carry little chi-square as mere presence.
  for (const s of scored) if (s[0].startsWith('s:')) s[1] = Infinity;
  scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored
    .slice(0, K)
    .map((s) => s[0])
    .sort();
}

// ---------------------------------------------------------------- multinomial logistic regression (L-BFGS)

interface Matrix {
  rows: Int32Array[]; // active feature indices per example
  vals: Float64Array[]; // their values
  y: Int32Array;
  target: Float64Array[]; // per example, target distribution over labels
  w: Float64Array; // example weights (class weighting)
}

function toMatrix(examples: readonly Example[], vocab: ReadonlyMap<string, number>, classWeight: readonly number[]): Matrix {
  return {
    rows: examples.map((ex) => Int32Array.from(ex.features.flatMap((f) => (vocab.has(f) ? [vocab.get(f)!] : [])))),
    vals: examples.map((ex) => Float64Array.from(ex.values.filter((_, j) => vocab.has(ex.features[j]!)))),
    y: Int32Array.from(examples.map((ex) => ex.label)),
    target: examples.map((ex) => {
      const total = ex.votes.reduce((s, v) => s + v, 0);
      return Float64Array.from(ex.votes, (v, k) => (1 - SOFT) * (k === ex.label ? 1 : 0) + (total > 0 ? (SOFT * v) / total : k === ex.label ? SOFT : 0));
    }),
    w: Float64Array.from(examples.map((ex) => ex.weight * classWeight[ex.label]!)),
  };
}

/** Parameters: D*C feature weights (row-major by feature), then C biases. Returns loss and fills grad. */
function lossGrad(theta: Float64Array, m: Matrix, D: number, C: number, l2: number, grad: Float64Array): number {
  grad.fill(0);
  let loss = 0;
  let wsum = 0;
  const z = new Float64Array(C);
  for (let i = 0; i < m.rows.length; i++) {
    const r = m.rows[i]!;
    const v = m.vals[i]!;
    for (let k = 0; k < C; k++) z[k] = theta[D * C + k]!;
    for (let j = 0; j < r.length; j++) for (let k = 0; k < C; k++) z[k]! += v[j]! * theta[r[j]! * C + k]!;
    let max = -Infinity;
    for (let k = 0; k < C; k++) max = Math.max(max, z[k]!);
    let sum = 0;
    for (let k = 0; k < C; k++) sum += Math.exp(z[k]! - max);
    const lse = max + Math.log(sum);
    const wi = m.w[i]!;
    const ti = m.target[i]!;
    for (let k = 0; k < C; k++) loss += wi * ti[k]! * (lse - z[k]!);
    wsum += wi;
    for (let k = 0; k < C; k++) {
      const g = wi * (Math.exp(z[k]! - lse) - ti[k]!);
      grad[D * C + k]! += g;
      for (let j = 0; j < r.length; j++) grad[r[j]! * C + k]! += g * v[j]!;
    }
  }
  for (let j = 0; j < grad.length; j++) grad[j]! /= wsum;
  loss /= wsum;
  for (let j = 0; j < D * C; j++) {
    loss += 0.5 * l2 * theta[j]! ** 2;
    grad[j]! += l2 * theta[j]!;
  }
  return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function lbfgs(m: Matrix, D: number, C: number, l2: number, maxIter = 300, history = 10): Float64Array {
  const P = D * C + C;
  let x = new Float64Array(P);
  let g = new Float64Array(P);
  let f = lossGrad(x, m, D, C, l2, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const gNew = new Float64Array(P);
  for (let it = 0; it < maxIter; it++) {
    // Two-loop recursion: d = -H g.
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let j = S.length - 1; j >= 0; j--) {
      const a = dot(S[j]!, q) / dot(Y[j]!, S[j]!);
      alpha[j] = a;
      for (let i = 0; i < P; i++) q[i]! -= a * Y[j]![i]!;
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last]!, Y[last]!) / dot(Y[last]!, Y[last]!);
      for (let i = 0; i < P; i++) q[i]! *= gamma;
    }
    for (let j = 0; j < S.length; j++) {
      const bta = dot(Y[j]!, q) / dot(Y[j]!, S[j]!);
      for (let i = 0; i < P; i++) q[i]! += S[j]![i]! * (alpha[j]! - bta);
    }
    for (let i = 0; i < P; i++) q[i] = -q[i]!;
    let gd = dot(g, q);
    if (gd >= 0) {
      for (let i = 0; i < P; i++) q[i] = -g[i]!;
      gd = dot(g, q);
      S.length = 0;
      Y.length = 0;
    }
    // Backtracking (Armijo) line search.
    let step = it === 0 && S.length === 0 ? 1 / Math.sqrt(dot(g, g)) : 1;
    const xNew = new Float64Array(P);
    let fNew = Infinity;
    for (let ls = 0; ls < 30; ls++) {
      for (let i = 0; i < P; i++) xNew[i] = x[i]! + step * q[i]!;
      fNew = lossGrad(xNew, m, D, C, l2, gNew);
      if (fNew <= f + 1e-4 * step * gd) break;
      step *= 0.5;
    }
    const s = new Float64Array(P);
    const yv = new Float64Array(P);
    for (let i = 0; i < P; i++) {
      s[i] = xNew[i]! - x[i]!;
      yv[i] = gNew[i]! - g[i]!;
    }
    const done = Math.abs(f - fNew) < 1e-9 * Math.max(1, Math.abs(f));
    x = xNew;
    f = fNew;
    g = Float64Array.from(gNew);
    if (dot(s, yv) > 1e-12) {
      S.push(s);
      Y.push(yv);
      if (S.length > history) {
        S.shift();
        Y.shift();
      }
    }
    if (done || Math.sqrt(dot(g, g)) < 1e-6) break;
  }
  return x;
}

function classWeights(train: readonly Example[]): number[] {
  const n = new Array<number>(LABELS.length).fill(0);
  for (const ex of train) n[ex.label]!++;
  return n.map((c) => (train.length / (LABELS.length * Math.max(1, c))) ** CW);
}

function train(examples: readonly Example[]): DirectionModel {
  const features = selectFeatures(examples);
  const vocab = new Map(features.map((f, i) => [f, i]));
  const C = LABELS.length;
  const D = features.length;
  const theta = lbfgs(toMatrix(examples, vocab, classWeights(examples)), D, C, L2);
  const round = (v: number) => Math.round(v * 1e4) / 1e4 || 0;
  const kept: string[] = [];
  const weights: number[][] = [];
  features.forEach((f, i) => {
    const row = Array.from({ length: C }, (_, k) => round(theta[i * C + k]!));
    if (row.some((v) => v !== 0)) {
      kept.push(f);
      weights.push(row);
    }
  });
  return {
    version: 1,
    labels: LABELS,
    features: kept,
    weights,
    bias: Array.from({ length: C }, (_, k) => round(theta[D * C + k]!)),
  };
}

// ---------------------------------------------------------------- evaluation

interface Scores {
  perClass: { p: number; r: number; f1: number; support: number }[];
  weightedF1: number;
  macroF1: number;
  accuracy: number;
}

function evaluate(gold: readonly number[], pred: readonly number[]): Scores {
  const C = LABELS.length;
  const perClass = Array.from({ length: C }, (_, k) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = pred[i];
      if (p === k && g === k) tp++;
      else if (p === k) fp++;
      else if (g === k) fn++;
    });
    const p = tp + fp === 0 ? 0 : tp / (tp + fp);
    const r = tp + fn === 0 ? 0 : tp / (tp + fn);
    return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), support: tp + fn };
  });
  const n = gold.length;
  return {
    perClass,
    weightedF1: perClass.reduce((s, c) => s + (c.f1 * c.support) / n, 0),
    macroF1: perClass.reduce((s, c) => s + c.f1 / C, 0),
    accuracy: gold.filter((g, i) => g === pred[i]).length / n,
  };
}

function mean(list: readonly Scores[]): Scores {
  const avg = (f: (s: Scores) => number) => list.reduce((s, x) => s + f(x), 0) / list.length;
  return {
    perClass: LABELS.map((_, k) => ({
      p: avg((s) => s.perClass[k]!.p),
      r: avg((s) => s.perClass[k]!.r),
      f1: avg((s) => s.perClass[k]!.f1),
      support: avg((s) => s.perClass[k]!.support),
    })),
    weightedF1: avg((s) => s.weightedF1),
    macroF1: avg((s) => s.macroF1),
    accuracy: avg((s) => s.accuracy),
  };
}

const f3 = (x: number) => x.toFixed(3);
function report(name: string, s: Scores): void {
  const cls = LABELS.map((l, k) => {
    const c = s.perClass[k]!;
    return `${l} P ${f3(c.p)} R ${f3(c.r)} F1 ${f3(c.f1)}`;
  }).join(' | ');
  console.log(`${name.padEnd(14)} ${cls} | weighted F1 ${f3(s.weightedF1)} macro F1 ${f3(s.macroF1)} acc ${f3(s.accuracy)}`);
}

/** Rule baseline: the direction the comparative cues imply (see `dirsum` in featurize), else NONE. */
function rulePredict(ex: Example): number {
  if (ex.features.includes('dirsum:+')) return 0;
  if (ex.features.includes('dirsum:-')) return 1;
  return 2;
}

// ---------------------------------------------------------------- main

const examples = load();
const dist = LABELS.map((l, k) => `${l} ${examples.filter((e) => e.label === k).length}`).join(', ');
console.log(`${DATA}: ${examples.length} compsci rows (${dist})`);
console.log(`${FOLDS}-fold stratified CV, seed ${SEED}; features ${K}, min df ${MIN_DF}, L2 ${L2}, class-weight exponent ${CW}, soft ${SOFT}\n`);

const fold = stratifiedFolds(
  examples.map((e) => e.label),
  FOLDS,
  SEED,
);
const model: Scores[] = [];
const confusion = LABELS.map(() => new Array<number>(LABELS.length).fill(0));
const majority: Scores[] = [];
const rules: Scores[] = [];
for (let k = 0; k < FOLDS; k++) {
  const tr = examples.filter((_, i) => fold[i] !== k);
  const te = examples.filter((_, i) => fold[i] === k);
  const gold = te.map((e) => e.label);
  const m = train(withMirrors(tr));
  const pred = te.map((e) => {
    const p = scoreFeatures(m, e.features, e.values);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    return best;
  });
  const counts = new Array<number>(LABELS.length).fill(0);
  for (const e of tr) counts[e.label]!++;
  const maj = counts.indexOf(Math.max(...counts));
  if (opt.errors) {
    te.forEach((e, i) => {
      if (pred[i] !== e.label) console.log(`  gold ${LABELS[e.label]} pred ${LABELS[pred[i]!]} [${e.a} | ${e.b}] ${e.sentence}`);
    });
  }
  gold.forEach((g, i) => confusion[g]![pred[i]!]!++);
  model.push(evaluate(gold, pred));
  majority.push(
    evaluate(
      gold,
      gold.map(() => maj),
    ),
  );
  rules.push(evaluate(gold, te.map(rulePredict)));
  if (!opt.quiet) report(`fold ${k + 1} (n=${te.length})`, model[k]!);
}
console.log('\nmean over folds:');
report('majority', mean(majority));
report('rules', mean(rules));
report('model', mean(model));
console.log(`\nconfusion over all folds (rows gold, columns predicted ${LABELS.join(' ')}):`);
LABELS.forEach((l, k) => console.log(`  ${l.padEnd(7)} ${confusion[k]!.map((v) => String(v).padStart(5)).join('')}`));

if (!opt['cv-only']) {
  const final = train(withMirrors(examples));
  // Written the way prettier would lay it out (the lint step checks it), one feature per line.
  const inline = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(inline).join(', ')}]`
      : v !== null && typeof v === 'object'
        ? `{ ${Object.entries(v)
            .map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`)
            .join(', ')} }`
        : JSON.stringify(v);
  const lines = [
    '{',
    `  "version": ${final.version},`,
    `  "trainedOn": ${JSON.stringify(`${DATA} (${examples.length} rows)`)},`,
    `  "hyper": ${inline({ features: K, minDf: MIN_DF, l2: L2, classWeight: CW, soft: SOFT, mirror: MIRROR })},`,
    `  "labels": ${inline(final.labels)},`,
    `  "bias": ${inline(final.bias)},`,
    `  "features": [\n${final.features.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ],`,
    `  "weights": [\n${final.weights.map((w) => `    ${inline(w)}`).join(',\n')}\n  ]`,
    '}',
  ];
  const json = `${lines.join('\n')}\n`;
  writeFileSync(OUT, json);
  console.log(`\nwrote ${OUT}: ${final.features.length} features, ${(json.length / 1024).toFixed(0)} KB`);
}
