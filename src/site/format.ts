// English wording for the site, in one place: the numbers come from src/analysis/, the words from here.
import type { Agreement } from '../analysis/agreement.ts';
import type { StrengthLevel } from '../analysis/strength.ts';
import { CHOOSER_SHARE, MIN_EVIDENCE_WORDS, STRENGTH } from '../analysis/thresholds.ts';

const pluralRules = new Intl.PluralRules('en');
const lists = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** The word for a count: `one` when English says "1 source", `many` otherwise. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return pluralRules.select(n) === 'one' ? one : many;
}

/** "A, B and C": lists read as prose in consensus sentences (no serial comma, as the site writes them). */
export function listPhrase(items: readonly string[]): string {
  return lists.format(items).replace(/, and (?=[^,]*$)/, ' and ');
}

/**
 * "A, B and C", or past `max` names "A, B, C, D, E and 40 more": names in a sentence stay readable
 * however many sources there are (src/site/limits.ts).
 */
export function someNames(items: readonly string[], max: number): string {
  if (items.length <= max) return listPhrase(items);
  return `${items.slice(0, max).join(', ')} and ${(items.length - max).toLocaleString('en')} more`;
}

/** The strength of a verdict as a short mark. */
export const STRENGTH_WORD: Record<StrengthLevel, string> = { strong: 'Strong', leans: 'Leans', split: 'Split', 'too-little': 'Too little evidence' };

/** "3 of 4 sources": the favoured subject's support among the sources that argue the topic (take a side or argue both ways). */
export function agreementPhrase(a: Agreement): string {
  const s = a.strength;
  if (s.takingSide === 0) return 'No source takes a side';
  if (s.level === 'too-little') return `Only ${s.takingSide} ${plural(s.takingSide, 'source')} ${plural(s.takingSide, 'takes', 'take')} a side`;
  if (!a.favoured) return `${a.speaking} ${plural(a.speaking, 'source')} argue it, no majority`;
  return `${a.agreeing} of ${a.speaking} ${plural(a.speaking, 'source')}`;
}

const STANCE_WORD = { favours: 'for', disfavours: 'against', neutral: 'about' } as const;

/**
 * The title search shows for a cited sentence: "<subject> · <topic> (for)", one part per claim the
 * sentence carries. Pagefind lists it as a sub-result of the article, linked to the sentence.
 */
export function claimSearchTitle(
  claims: readonly { subject: string; topic: string; stance: keyof typeof STANCE_WORD }[],
  subjectName: (id: string) => string,
  topicLabel: (id: string) => string,
): string {
  const parts = claims.map((c) => `${subjectName(c.subject)} · ${topicLabel(c.topic)} (${STANCE_WORD[c.stance]})`);
  return [...new Set(parts)].join('; ');
}

/**
 * The verdict and why, in one line, counting sources only where they argue the topic:
 * "Leans X: 3 of the 4 sources that argue this favour X; 1 favours Y. 1 more mentions it without taking a side."
 */
export function strengthLine(a: Agreement, name: (id: string) => string): string {
  const s = a.strength;
  const sides = Object.entries(a.stands)
    .filter(([, st]) => st.for.length)
    .sort((x, y) => y[1].for.length - x[1].for.length)
    .map(([id, st]) => `${st.for.length} ${plural(st.for.length, 'favours', 'favour')} ${name(id)}`);
  const both = a.segments.find((x) => x.kind === 'both')?.count ?? 0;
  if (both) sides.push(`${both} ${plural(both, 'argues', 'argue')} both ways evenly`);
  const quiet = a.mentioning - a.speaking;
  const tail = quiet > 0 ? ` ${quiet} more ${plural(quiet, 'mentions', 'mention')} it without taking a side.` : '';
  if (s.level === 'too-little') {
    const taken = s.takingSide === 0 ? 'no source takes a side' : `only ${s.takingSide} ${plural(s.takingSide, 'source')} ${plural(s.takingSide, 'takes', 'take')} a side`;
    return `Too little evidence: ${taken}, so no winner is named.${tail}`;
  }
  if (s.level === 'split') return `Split: ${listPhrase(sides)}, so no winner is named.${tail}`;
  const others = sides.slice(1);
  const who = s.agreeing < s.arguing ? `${s.agreeing} of the ${s.arguing} sources` : s.arguing === 2 ? 'both sources' : `all ${s.arguing} sources`;
  const head = `${s.level === 'strong' ? 'Strong for' : 'Leans'} ${name(a.favoured!)}: ${who} that argue this favour ${name(a.favoured!)}`;
  return `${head}${others.length ? `; ${listPhrase(others)}` : ''}.${tail}`;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The strength rules in words, with the numbers of src/analysis/thresholds.ts, for /methodology/. */
export function strengthRules(): { evidence: string; chooser: string; levels: Array<{ level: StrengthLevel; text: string }> } {
  const t = STRENGTH;
  const c = CHOOSER_SHARE;
  return {
    chooser: `A topic gives the option its verdict names ${percent(c.strong)} of the answer's weight when strong, ${percent(c.leans)} when it leans, none when split or thin.`,
    evidence: `Statements under ${MIN_EVIDENCE_WORDS} words or ending in a colon (“Lightweight”, “Pick X if:”) take no side and are never quoted first. Quotes go clearest first (comparisons naming the rival, then full sentences), each sentence once per page.`,
    levels: [
      { level: 'strong', text: `At least ${t.strongSources} sources favour one option, and they are at least ${percent(t.strongShare)} of the sources that argue the topic.` },
      { level: 'leans', text: `The leading option has at least ${percent(t.leanShare)} of them, short of strong.` },
      { level: 'split', text: `No option reaches ${percent(t.leanShare)}, or a tie. No winner is named.` },
      { level: 'too-little', text: `Fewer than ${t.minSources} sources take a side. No winner is named.` },
    ],
  };
}
