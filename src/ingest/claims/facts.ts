import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { KeyFact } from '../../schemas/claim.ts';

// Key facts (first release, creator, licence, language, stars, notable users) from the patterns of
// fact-patterns.yaml. Data, not code: a new kind of fact is a new entry there.

interface PatternFile {
  any: string;
  keys: Array<{ key: string; pattern: string; flags?: string; normalize?: Record<string, string[]> }>;
}

const file = parse(readFileSync(new URL('./fact-patterns.yaml', import.meta.url), 'utf8')) as PatternFile;
const ANY = new RegExp(file.any, 'i');
const KEYS = file.keys.map((k) => ({
  key: k.key,
  re: new RegExp(k.pattern, [...new Set(`${k.flags ?? ''}g`)].join('')),
  normal: new Map(Object.entries(k.normalize ?? {}).flatMap(([to, from]) => from.map((f) => [f.toLowerCase(), to] as const))),
}));

/** The key facts a sentence states, each value as written (trimmed, spellings of one value made one). */
export function keyFacts(sentence: string): KeyFact[] {
  const out: KeyFact[] = [];
  for (const k of KEYS) {
    for (const m of sentence.matchAll(k.re)) {
      const raw = Object.entries(m.groups ?? {}).find(([name, v]) => name.startsWith('value') && v)?.[1];
      if (!raw) continue;
      const value = raw
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/[.,;:]+$/, '');
      const fact = { key: k.key, value: k.normal.get(value.toLowerCase()) ?? value };
      if (!out.some((f) => f.key === fact.key && f.value === fact.value)) out.push(fact);
    }
  }
  return out;
}

/**
 * The fact claims a sentence makes: which subjects it is about and the key facts it states, or null
 * when it states no fact (no key fact and no date of origin or count).
 * A sentence is about the subject it names, or every subject it names when it speaks of them together
 * ("X and Y are both open-source ..."). A sentence naming several subjects any other way
 * ("X came in 2010, Y in 2005") gives key facts to none, since which value belongs to which
 * subject is not clear from patterns alone.
 */
export function readFacts(sentence: string, named: readonly string[], owner: string | undefined): { subjects: string[]; facts: KeyFact[] } | null {
  const together = named.length > 1 && /\b(both|are)\b/i.test(sentence);
  const facts = named.length <= 1 || together ? keyFacts(sentence) : [];
  if (!facts.length && !ANY.test(sentence)) return null;
  const subjects = together ? [...named] : owner ? [owner] : [];
  return subjects.length ? { subjects, facts } : null;
}
