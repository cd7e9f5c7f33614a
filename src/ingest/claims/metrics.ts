import { readFileSync } from 'node:fs';
import { parseYamlData } from '../../text/yaml-data.ts';

// Which way a size word on a measure leans: "low latency" (+), "higher latency" (-), "high throughput" (+).
// Everyday sentiment lexicons cannot say this: "low" and "high" are neither good nor bad until the measure
// is known. The measures and size words are data (metrics.yaml).

interface MetricWords {
  'lower-is-better': string[];
  'higher-is-better': string[];
  up: string[];
  down: string[];
}

const words = parseYamlData(readFileSync(new URL('./metrics.yaml', import.meta.url), 'utf8')) as MetricWords;
const GOOD = new Map<string, 1 | -1>([...words['lower-is-better'].map((w) => [w, -1] as const), ...words['higher-is-better'].map((w) => [w, 1] as const)]);
const SIZE = new Map<string, 1 | -1>([...words.up.map((w) => [w, 1] as const), ...words.down.map((w) => [w, -1] as const)]);
const NEGATORS = /^(not|no|never|hardly|n't)$/;
// A size word reaches its measure across at most this many words ("slightly higher end-to-end latency").
const REACH = 3;

/** +1 when more of the measure is better, -1 when less is, undefined for words that are no measure. */
export function goodDirection(measure: string): 1 | -1 | undefined {
  return GOOD.get(
    measure
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim(),
  );
}

// Hyphenated modifiers stay one word ("end-to-end"); a hyphen at a word's edge ("high-" before the
// measure) is dropped.
const tokens = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z'-]+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);

/** The size word nearest the measure in `words` (read outward from the measure), with its negation. */
function sizeIn(list: readonly string[]): { sign: 1 | -1; word: string } | undefined {
  for (let i = 0; i < Math.min(list.length, REACH + 2); i++) {
    const sign = SIZE.get(list[i]!);
    if (sign === undefined) continue;
    const negated = list.slice(i + 1, i + 3).some((w) => NEGATORS.test(w) || w.endsWith("n't"));
    return { sign: negated ? (-sign as 1 | -1) : sign, word: negated ? `not ${list[i]}` : list[i]! };
  }
  return undefined;
}

/**
 * The stance of a clause on the measure at [start, end): from a size word right before it ("low
 * latency", "high-throughput") or after a linking verb ("latency is very low"). Undefined when the cue is
 * no measure or no size word stands on it.
 */
export function measureStance(clause: string, start: number, end: number): { polarity: 1 | -1; cue: string } | undefined {
  const good = goodDirection(clause.slice(start, end));
  if (good === undefined) return undefined;
  const before = tokens(clause.slice(0, start)).reverse().slice(0, REACH);
  // "... is high", "... remains very low": a linking verb, then the size word within a few words.
  const afterWords = tokens(clause.slice(end));
  const link = afterWords.findIndex((w) => /^(is|are|was|were|remains?|stays?|gets|got|becomes?|feels?|seems?)$/.test(w));
  const after = link >= 0 && link <= 1 ? afterWords.slice(link + 1, link + 1 + REACH) : [];
  const size = sizeIn(before) ?? (after.length ? sizeWord(after) : undefined);
  if (!size) return undefined;
  return { polarity: (size.sign * good) as 1 | -1, cue: `${size.word} ${clause.slice(start, end).toLowerCase()}` };
}

/** After a linking verb, or in a table cell, negation comes first ("is not very high", "Very low"). */
export function sizeWord(list: readonly string[]): { sign: 1 | -1; word: string; at: number } | undefined {
  const negated = NEGATORS.test(list[0] ?? '');
  for (const [at, w] of list.entries()) {
    const sign = SIZE.get(w);
    // "No" alone is the least of the measure, not a negation of a size word.
    if (sign !== undefined) return negated && at > 0 ? { sign: -sign as 1 | -1, word: `not ${w}`, at } : { sign, word: w, at };
  }
  return undefined;
}

const COMPOUND = new RegExp(`\\b(${[...SIZE.keys()].join('|')})-(?=[a-z])`, 'gi');

/**
 * "high-throughput" and "low-latency" with the hyphen read as a space, so the measure is found as a
 * word of its own (the phrase matcher never matches right after a hyphen). Same length as the input, so
 * positions found in the result hold in the original.
 */
export function openSizeCompounds(text: string): string {
  return text.replace(COMPOUND, '$1 ');
}
