/**
 * Direction of a comparative sentence: given a sentence and two objects, is the first object (objectA)
 * preferred (BETTER), the second preferred (WORSE), or is there no comparison between them (NONE)?
 *
 * The labels follow CompSent-19 (Panchenko et al., "Categorizing Comparative Sentences", ArgMining 2019):
 * BETTER means objectA is the better one. The model is a multinomial logistic regression over sparse binary
 * features; its weights are trained by `npm run train` (scripts/train-direction.ts) and stored in
 * direction-model.json next to this file. This module is pure: no I/O, no project imports.
 *
 * Features are computed on a canonical view of the sentence: the object mentioned first becomes OBJ_A, the
 * other OBJ_B. The model always answers "is the first-mentioned object better?"; when the caller's objectA is
 * mentioned second, BETTER and WORSE are swapped on the way out. So "X is faster than Y" gives BETTER for
 * (X, Y) and WORSE for (Y, X) from the very same features.
 */

export type DirectionLabel = 'BETTER' | 'WORSE' | 'NONE';

export const LABELS: readonly DirectionLabel[] = ['BETTER', 'WORSE', 'NONE'];

/** Stored model: one weight row per kept feature, one column per label (order of `labels`). */
export interface DirectionModel {
  version: number;
  labels: readonly DirectionLabel[];
  /** Feature names, parallel to `weights`. */
  features: readonly string[];
  /** weights[i][k]: weight of feature i for label k. */
  weights: readonly (readonly number[])[];
  bias: readonly number[];
}

export interface Featurized {
  /** Sorted, de-duplicated feature names. */
  features: string[];
  /** Value of each feature: 1 for presence features, +-1 or +-2 for signed ones (names starting "s:"). */
  values: number[];
  /** True when objectA is mentioned after objectB (or only objectB is found): labels must be mirrored. */
  swapped: boolean;
}

export interface Prediction {
  label: DirectionLabel;
  /** Softmax probabilities, relative to the caller's objectA. */
  scores: Record<DirectionLabel, number>;
}

const A = 'OBJ_A';
const B = 'OBJ_B';

/** Comparatives that, said of the subject, favour it. */
const POS_CMP = new Set(
  (
    'better best faster fastest quicker quickest easier easiest simpler simplest cheaper cheapest safer safest ' +
    'cleaner nicer superior stronger strongest smoother lighter leaner smarter friendlier snappier saner clearer ' +
    'richer prettier cooler sleeker stabler sturdier handier likelier wider greater superb outperform outperforms ' +
    'outperformed outperforming beat beats beating surpass surpasses surpassed exceed exceeds outshine outshines ' +
    'trump trumps win wins winner wins ahead advantage advantages edge dominates preferable preferred improvement ' +
    'upgrade'
  ).split(' '),
);
/** Comparatives that, said of the subject, disfavour it. */
const NEG_CMP = new Set(
  (
    'worse worst slower slowest harder hardest tougher inferior weaker weakest heavier uglier buggier clunkier ' +
    'costlier pricier messier poorer dumber clumsier laggier lag lags lagging behind trails trail loses lose ' +
    'disadvantage disadvantages downgrade drawback drawbacks overkill'
  ).split(' '),
);
/** Adjectives after more/most/less/least/as: their polarity decides the direction. */
const POS_ADJ = new Set(
  (
    'powerful efficient reliable secure stable flexible popular readable robust mature intuitive elegant portable ' +
    'expressive useful convenient consistent scalable versatile productive performant capable advanced accurate ' +
    'responsive compatible affordable modern user-friendly friendly maintainable sophisticated effective suitable ' +
    'appropriate comfortable fun enjoyable pleasant concise sensible logical natural straightforward successful ' +
    'widespread advantageous feature-rich optimized polished usable valuable attractive practical fast easy simple ' +
    'good great powerful secure common widely intelligent safe reasonable interesting familiar functional ' +
    'streamlined lightweight stable well supported sensible efficiently quickly easily reliably'
  ).split(' '),
);
const NEG_ADJ = new Set(
  (
    'expensive complicated complex difficult verbose bloated error-prone confusing limited cumbersome buggy painful ' +
    'annoying awkward obscure vulnerable insecure unstable fragile restrictive tedious problematic prone costly slow ' +
    'bad hard clunky convoluted obtuse archaic outdated primitive inefficient unreliable dangerous frustrating ' +
    'irritating resource-intensive demanding risky bulky heavy crippled broken ugly expensive overhead'
  ).split(' '),
);
const NEGATORS = new Set('not no never hardly nothing none neither nor without barely nobody cannot'.split(' '));
/** Words and marks that end the scope of a negation or hedge. */
const NEG_SCOPE_BREAK = new Set(', ; : . ! ? ( ) but while whereas although though however because since'.split(' '));
const HEDGES = new Set('any necessarily might may could would should if whether probably perhaps maybe'.split(' '));
const QUESTION_START = new Set('is are does do did can could should would which what why how will was'.split(' '));
const SUBJ_BREAK = new Set('. ; ! ?'.split(' '));

/** Lowercased tokens; contractions opened ("isn't" -> "is not"), numbers folded; `caps` marks capitalised words. */
function tokenizeText(text: string, tokens: string[], caps: boolean[]): void {
  const t = text
    .replace(/\b(c)an't\b/gi, '$1an not')
    .replace(/\b(w)on't\b/gi, '$1ill not')
    .replace(/n't\b/gi, ' not');
  for (const m of t.matchAll(/[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*|[^\sA-Za-z0-9_]/g)) {
    const w = m[0];
    tokens.push(/^\d+(?:[.,]\d+)*$/.test(w) ? '<num>' : w.toLowerCase());
    caps.push(/^[A-Z]/.test(w) || /^[a-z]+[A-Z]/.test(w));
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One expression per pair of names: a corpus compares the same two subjects sentence after sentence.
const namePatterns = new Map<string, RegExp>();
function namesPattern(names: readonly string[]): RegExp {
  const key = names.join('\0');
  let re = namePatterns.get(key);
  if (re === undefined) {
    if (namePatterns.size >= 64) namePatterns.clear();
    re = new RegExp(`(?<![A-Za-z0-9])(?:${names.map(escapeRe).join('|')})(?![A-Za-z0-9])`, 'gi');
    namePatterns.set(key, re);
  }
  return re;
}

interface Canonical {
  tokens: string[];
  /** Parallel to tokens: a capitalised word that is not an object mention (a candidate other entity). */
  caps: boolean[];
  swapped: boolean;
}

/**
 * Tokens with every mention of the two objects replaced by OBJ_A (first mentioned) and OBJ_B (the other).
 * Matching is case-insensitive on word boundaries; where one object's name contains the other's, the
 * longer match wins.
 */
function canonicalize(sentence: string, objectA: string, objectB: string): Canonical {
  const a = objectA.trim().toLowerCase();
  const b = objectB.trim().toLowerCase();
  const text = sentence.replace(/[’‘`]/g, "'");
  const names = [a, b].filter((n) => n.length > 0).sort((x, y) => y.length - x.length);
  const pieces: (string | { obj: 'a' | 'b' })[] = [];
  if (names.length > 0) {
    const re = namesPattern(names);
    let last = 0;
    for (const m of text.matchAll(re)) {
      const at = m.index;
      pieces.push(text.slice(last, at));
      pieces.push({ obj: m[0].toLowerCase() === a ? 'a' : 'b' });
      last = at + m[0].length;
    }
    pieces.push(text.slice(last));
  } else {
    pieces.push(text);
  }
  const first = pieces.find((p) => typeof p !== 'string');
  const swapped = first !== undefined && typeof first !== 'string' && first.obj === 'b' && a !== b;
  const tokens: string[] = [];
  const caps: boolean[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') tokenizeText(p, tokens, caps);
    else {
      tokens.push((p.obj === 'a') !== swapped ? A : B);
      caps.push(false);
    }
  }
  // Sentence-initial capitals say nothing.
  for (let i = 0; i < tokens.length; i++) if (i === 0 || SUBJ_BREAK.has(tokens[i - 1] ?? '')) caps[i] = false;
  return { tokens, caps, swapped };
}

// Each n-gram extends the one before it by a word, instead of slicing and joining the tokens again for
// every length: the same set of names (features are sorted afterwards, so the order of adding is free),
// in about half of featurize's time, which was a tenth of a cold ingest's.
function ngrams(out: Set<string>, prefix: string, toks: readonly string[], maxN: number): void {
  for (let i = 0; i < toks.length; i++) {
    let gram = toks[i]!;
    out.add(`${prefix}1:${gram}`);
    for (let n = 2; n <= maxN && i + n <= toks.length; n++) {
      gram += ` ${toks[i + n - 1]!}`;
      out.add(`${prefix}${n}:${gram}`);
    }
  }
}

function bucket(n: number): string {
  return n <= 2 ? '0-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : '21+';
}

const INTENSIFIERS = new Set('much far way even slightly bit lot significantly considerably somewhat little no any many vastly'.split(' '));
const NOT_ADJ = new Set('than of the a an and or to in on for with is are be it that this'.split(' '));

/**
 * The comparative cue at position i, if any: its polarity (+1 favours its subject, -1 disfavours it, 0 unknown
 * to the lexicon), how many tokens it spans, and a name for it ("faster", "more:reliable", "-er").
 */
function cueAt(t: readonly string[], i: number): { pol: -1 | 0 | 1; span: number; word: string } | null {
  const w = t[i] ?? '';
  const next = t[i + 1] ?? '';
  if (w === 'more' || w === 'most' || w === 'less' || w === 'least' || w === 'fewer') {
    const flip = w === 'less' || w === 'least' || w === 'fewer' ? -1 : 1;
    const base = w === 'most' ? 'more' : w === 'least' ? 'less' : w;
    if (NOT_ADJ.has(next) || !/^[a-z][a-z-]*$/.test(next)) return { pol: 0, span: 1, word: base };
    const adjPol = POS_ADJ.has(next) ? 1 : NEG_ADJ.has(next) ? -1 : 0;
    return { pol: (flip * adjPol) as -1 | 0 | 1, span: 2, word: `${base}:${next}` };
  }
  if (w === 'as' && t[i + 2] === 'as' && /^[a-z][a-z-]*$/.test(next) && !NOT_ADJ.has(next)) {
    // "as fast as": equality; only its negation ("not as fast as") is directional.
    return { pol: POS_ADJ.has(next) ? 1 : NEG_ADJ.has(next) ? -1 : 0, span: 3, word: `as:${next}` };
  }
  if (POS_CMP.has(w)) return { pol: 1, span: 1, word: w };
  if (NEG_CMP.has(w)) return { pol: -1, span: 1, word: w };
  if (/^[a-z]{2,}(?:er|est)$/.test(w) && (next === 'than' || INTENSIFIERS.has(t[i - 1] ?? ''))) {
    return { pol: 0, span: 1, word: w };
  }
  return null;
}

function negatedBefore(t: readonly string[], i: number, lookback: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - lookback; j--) {
    const w = t[j] ?? '';
    if (NEG_SCOPE_BREAK.has(w)) return false;
    if (NEGATORS.has(w)) return true;
  }
  return false;
}

/** Hedges right before a cue ("any better", "not necessarily faster", "might be faster"). */
function hedgedBefore(t: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const w = t[j] ?? '';
    if (NEG_SCOPE_BREAK.has(w)) return false;
    if (HEDGES.has(w)) return true;
  }
  return false;
}

/** Nearest object mention before position i within the same sentence-ish span (the likely subject). */
function subjectBefore(t: readonly string[], i: number): string {
  for (let j = i - 1; j >= 0; j--) {
    const w = t[j] ?? '';
    if (w === A || w === B) return w === A ? 'a' : 'b';
    if (SUBJ_BREAK.has(w)) break;
  }
  return 'x';
}

/** Features of a sentence with respect to two objects; deterministic (sorted) and pure. */
export function featurize(sentence: string, objectA: string, objectB: string): Featurized {
  const { tokens: t, caps, swapped } = canonicalize(sentence, objectA, objectB);
  const f = new Set<string>();
  const signed = new Map<string, number>();
  const add = (name: string, v: number) => signed.set(name, (signed.get(name) ?? 0) + v);
  const ia = t.indexOf(A);
  const ib = ia >= 0 ? t.indexOf(B, ia + 1) : t.indexOf(B);
  f.add(`found:${ia >= 0 ? 'a' : '-'}${ib >= 0 ? 'b' : '-'}`);

  // Whole sentence, with sentence boundaries.
  ngrams(f, 'w', ['<s>', ...t, '</s>'], 3);

  if (ia >= 0 && ib > ia) {
    const mid = t.slice(ia + 1, ib);
    const pre = t.slice(Math.max(0, ia - 4), ia);
    const post = t.slice(ib + 1, ib + 7);
    f.add(`midlen:${bucket(mid.length)}`);
    ngrams(f, 'm', mid, 3);
    if (mid.length <= 5) f.add(`mid:${mid.join(' ')}`);
    ngrams(f, 'l', pre, 2);
    ngrams(f, 'r', post, 2);
    // Short windows glued to the objects.
    f.add(`a+1:${t[ia + 1] ?? '</s>'}`);
    f.add(`a+2:${t.slice(ia + 1, ia + 3).join(' ')}`);
    f.add(`b-1:${t[ib - 1] ?? '<s>'}`);
    f.add(`b-2:${t.slice(Math.max(0, ib - 2), ib).join(' ')}`);
    f.add(`b+1:${t[ib + 1] ?? '</s>'}`);
    f.add(`b+2:${t.slice(ib + 1, ib + 3).join(' ')}`);
    f.add(`a-1:${t[ia - 1] ?? '<s>'}`);
    const thanB = t.slice(Math.max(0, ib - 3), ib).includes('than');
    const overB = ['over', 'to', 'instead', 'vs', 'versus'].some((w) => t[ib - 1] === w || t[ib - 2] === w);
    if (thanB) f.add('than-B');
    if (overB) f.add('over-B');
    if (mid.includes(',') || mid.includes(';')) f.add('mid:has-comma');
    if (mid.includes('but') || mid.includes('while') || mid.includes('whereas')) f.add('mid:contrast');
    if (mid.includes('and') || mid.includes('or')) f.add('mid:coord');
  }

  // Comparative cues: where they sit, what they say, whether negated, and whom they favour. Signed features
  // (value +1 when the cue, as said, favours OBJ_A, -1 when it favours OBJ_B) let "OBJ_A is slower" and
  // "OBJ_B is faster" teach the model the same thing about "slower" and "faster".
  let dirSum = 0;
  // The sentence with each cue collapsed to CMP+ / CMP- / CMP0 (after negation): n-grams over it generalise
  // "OBJ_A is faster than OBJ_B" to "OBJ_A is CMP+ than OBJ_B".
  const abstract: string[] = [];
  let skipTo = 0;
  for (let i = 0; i < t.length; i++) {
    const c = cueAt(t, i);
    if (i >= skipTo) {
      if (c === null) abstract.push(t[i] ?? '');
      else {
        const e = (negatedBefore(t, i, 8) ? -1 : c.word.startsWith('as:') ? 0 : 1) * c.pol;
        abstract.push(e > 0 ? 'CMP+' : e < 0 ? 'CMP-' : 'CMP0');
        skipTo = i + c.span;
      }
    }
    if (c === null) continue;
    const region = ia < 0 || i < ia ? 'pre' : ib < 0 || i < ib ? 'mid' : 'post';
    const neg = negatedBefore(t, i, 8);
    const asAs = c.word.startsWith('as:');
    const sign = neg ? -1 : asAs ? 0 : 1;
    const eff = sign * c.pol;
    const hedge = hedgedBefore(t, i);
    // Subject: an object between the cue and its "than" ("harder in OBJ_A than ..."), else the nearest before.
    const ahead = t.slice(i + c.span, i + c.span + 5);
    const thanAt = ahead.indexOf('than');
    const inner = thanAt > 0 ? ahead.slice(0, thanAt).find((w) => w === A || w === B) : undefined;
    const subj = inner !== undefined ? (inner === A ? 'a' : 'b') : subjectBefore(t, i);
    let tgt = '-';
    if (thanAt >= 0) {
      tgt = 'x';
      const start = i + c.span + thanAt + 1;
      for (let j = start; j < t.length && j < start + 10; j++) {
        const w = t[j] ?? '';
        if (w === A || w === B) {
          tgt = w === A ? 'a' : 'b';
          break;
        }
        if (SUBJ_BREAK.has(w)) break;
      }
    }
    // Orientation: +1 when the cue is said of OBJ_A (against OBJ_B), -1 when said of OBJ_B.
    let o = 0;
    if (subj === 'a' && tgt !== 'a') o = 1;
    else if (subj === 'b' && tgt !== 'b') o = -1;
    else if (tgt === 'b') o = 1;
    else if (tgt === 'a') o = -1;
    f.add(`cue:${region}:${eff}`);
    f.add(`cue:${region}:${c.pol}:${neg ? 'neg' : 'pos'}`);
    f.add(`cuew:${region}:${c.word}${neg ? ':neg' : ''}`);
    f.add(`cue-st:${subj}>${tgt}`);
    if (hedge) f.add(`cue:hedge:${region}`);
    if (o !== 0 && sign !== 0) {
      add(`s:w:${c.word}`, o * sign);
      if (c.pol !== 0) add(`s:lex`, o * eff);
      if (c.pol !== 0) add(`s:lex:${region}${tgt === '-' ? '' : ':than'}${hedge ? ':hedge' : ''}`, o * eff);
      dirSum += o * eff;
    }
  }
  if (dirSum !== 0) f.add(`dirsum:${dirSum > 0 ? '+' : '-'}`);
  const xs = ['<s>', ...abstract, '</s>'];
  // The 2- to 4-grams that hold a cue, each built from the one before it as in ngrams().
  for (let i = 0; i < xs.length; i++) {
    let gram = xs[i]!;
    let cue = gram.startsWith('CMP');
    for (let n = 2; n <= 4 && i + n <= xs.length; n++) {
      const w = xs[i + n - 1]!;
      gram += ` ${w}`;
      cue ||= w.startsWith('CMP');
      if (cue) f.add(`x${n}:${gram}`);
    }
  }

  // Other named things: a comparison may be with them rather than between the two objects.
  const otherAt = (i: number) => caps[i] === true && !NOT_ADJ.has(t[i] ?? '') && t[i] !== 'i';
  let capsMid = 0;
  let capsAll = 0;
  for (let i = 0; i < t.length; i++) {
    if (!otherAt(i)) continue;
    capsAll++;
    if (ia >= 0 && ib > ia && i > ia && i < ib) capsMid++;
  }
  f.add(`caps-mid:${Math.min(capsMid, 3)}`);
  f.add(`caps-all:${bucket(capsAll)}`);
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== 'than') continue;
    const nextObj = [1, 2, 3].map((d) => i + d).find((j) => t[j] === A || t[j] === B || otherAt(j));
    const w = nextObj === undefined ? 'none' : t[nextObj] === A ? 'a' : t[nextObj] === B ? 'b' : 'other';
    f.add(`than-next:${w}`);
  }

  // Negation anywhere in the stretch that joins the objects.
  if (ia >= 0 && ib > ia && t.slice(ia, ib).some((w) => NEGATORS.has(w))) f.add('mid:negated');
  if (t.includes('?')) f.add('question:mark');
  if (QUESTION_START.has(t[0] ?? '')) f.add('question:start');
  f.add(`len:${bucket(Math.floor(t.length / 3))}`);

  const out = new Map<string, number>();
  for (const name of f) out.set(name, 1);
  for (const [name, v] of signed) if (v !== 0) out.set(name, Math.max(-2, Math.min(2, v)));
  const features = [...out.keys()].sort();
  return { features, values: features.map((n) => out.get(n) ?? 0), swapped };
}

const indexCache = new WeakMap<DirectionModel, Map<string, number>>();

function indexOf(model: DirectionModel): Map<string, number> {
  let idx = indexCache.get(model);
  if (idx === undefined) {
    idx = new Map(model.features.map((name, i) => [name, i]));
    indexCache.set(model, idx);
  }
  return idx;
}

/** Class probabilities of the canonical (first-mentioned = OBJ_A) view, in `model.labels` order. */
export function scoreFeatures(model: DirectionModel, features: readonly string[], values: readonly number[]): number[] {
  const idx = indexOf(model);
  const z = [...model.bias];
  features.forEach((name, j) => {
    const i = idx.get(name);
    const row = i === undefined ? undefined : model.weights[i];
    if (row === undefined) return;
    const v = values[j] ?? 0;
    for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) + v * (row[k] ?? 0);
  });
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/** Direction of `sentence` for objectA against objectB. */
export function predictDirection(model: DirectionModel, sentence: string, objectA: string, objectB: string): Prediction {
  const { features, values, swapped } = featurize(sentence, objectA, objectB);
  const p = scoreFeatures(model, features, values);
  const scores: Record<DirectionLabel, number> = { BETTER: 0, WORSE: 0, NONE: 0 };
  model.labels.forEach((l, k) => {
    const mirrored: DirectionLabel = !swapped ? l : l === 'BETTER' ? 'WORSE' : l === 'WORSE' ? 'BETTER' : l;
    scores[mirrored] = p[k] ?? 0;
  });
  let label: DirectionLabel = 'NONE';
  for (const l of LABELS) if (scores[l] > scores[label]) label = l;
  return { label, scores };
}
