import { readFileSync } from 'node:fs';
import { parseYamlData } from '../../text/yaml-data.ts';
import type { KeyFact } from '../../schemas/claim.ts';
import { featureFacts } from './features.ts';

// Key facts (first release, creator, licence, language, stars, notable users) from the patterns of
// fact-patterns.yaml, and what is built in or comes by extensions (features.ts, feature-patterns.yaml).
// Data, not code: a new kind of fact is a new entry there.

interface PatternFile {
  any: string;
  keys: Array<{ key: string; pattern: string; flags?: string; normalize?: Record<string, string[]> }>;
}

const file = parseYamlData(readFileSync(new URL('./fact-patterns.yaml', import.meta.url), 'utf8')) as PatternFile;
const ANY = new RegExp(file.any, 'i');
// Where a sentence that sets two subjects against each other turns from one to the other.
const CLAUSE = /;|,?\s+(?:while|whereas|but|although)\s+/i;
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
 * The fact claims a sentence makes: per subject it is about, the key facts it states; empty when it
 * states no fact (no key fact and no date of origin or count).
 * A sentence is about the subject it names, or every subject it names when it speaks of them together
 * ("X and Y are both open-source ..."). A sentence naming several subjects any other way
 * ("X came in 2010, Y in 2005") gives key facts to none, since which value belongs to which
 * subject is not clear from patterns alone; what is built in is read per clause there ("X has a
 * built-in ORM, while Y relies on extensions for it"), when each clause names one subject.
 */
export function readFacts(sentence: string, named: readonly string[], owner: string | undefined, mentions: (text: string) => string[] = () => []): FactClaim[] {
  const together = named.length > 1 && /\b(both|are)\b/i.test(sentence);
  const subjects = together ? [...named] : owner ? [owner] : [];
  const out = new Map<string, KeyFact[]>();
  const give = (who: string, facts: readonly KeyFact[]) => {
    const list = out.get(who) ?? [];
    for (const f of facts) if (!list.some((x) => x.key === f.key && x.value === f.value)) list.push(f);
    out.set(who, list);
  };
  const facts = named.length <= 1 || together ? keyFacts(sentence) : [];
  if (facts.length || ANY.test(sentence)) for (const who of subjects) give(who, facts);
  const clauses = named.length > 1 ? sentence.split(CLAUSE).map((c) => ({ text: c, who: mentions(c) })) : [];
  if (clauses.some((c) => c.who.length === 1)) {
    for (const c of clauses) {
      const features = c.who.length === 1 ? featureFacts(c.text) : [];
      if (features.length) give(c.who[0]!, features);
    }
  } else if (named.length <= 1 || together) {
    const features = featureFacts(sentence);
    if (features.length) for (const who of subjects) give(who, features);
  }
  return [...out].map(([subject, f]) => ({ subject, facts: f }));
}

export interface FactClaim {
  subject: string;
  facts: KeyFact[];
}
