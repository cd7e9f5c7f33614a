import type { Topic } from '../../schemas/topic.ts';
import { PhraseIndex } from '../../text/phrase-index.ts';

/** A phrase found in a text: where, which topic, and which way it leans (+1 for, -1 against, 0 topic only). */
export interface Hit {
  topic: string;
  polarity: -1 | 0 | 1;
  start: number;
  end: number;
  phrase: string;
}

/** Curly and straight apostrophes are the same letter to a reader; make them the same to the matcher. */
export function fold(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}

/** The topic lexicons of `content/topics.yaml`, compiled once. */
export interface Lexicon {
  /** Every cue and stance phrase in the text; where phrases overlap, the longest wins. */
  hits(text: string): Hit[];
  /**
   * The topic whose search alias the whole text is ("Speed"), when no other topic lists it. Only for
   * labels that stand alone, such as a table row's first cell: aliases never classify running text.
   */
  aliasTopic(label: string): string | undefined;
}

/**
 * All phrases of all topics go into one index, so a text is scanned once: at each position the longest
 * phrase wins ("not as scalable" over "scalable"), and a phrase listed under several topics reports each.
 */
export function compileLexicon(topics: readonly Topic[]): Lexicon {
  const index = new PhraseIndex<{ topic: string; polarity: -1 | 0 | 1 }>();
  for (const t of topics) {
    for (const c of [t.label, ...t.cues]) index.add(c, { topic: t.id, polarity: 0 });
    for (const f of t.favours) index.add(f, { topic: t.id, polarity: 1 });
    for (const d of t.disfavours) index.add(d, { topic: t.id, polarity: -1 });
  }
  // An alias two topics share names neither: it maps to undefined.
  const aliases = new Map<string, string | undefined>();
  for (const t of topics)
    for (const a of t.aliases) {
      const key = a.toLowerCase();
      aliases.set(key, aliases.has(key) && aliases.get(key) !== t.id ? undefined : t.id);
    }
  return {
    aliasTopic: (label) => aliases.get(label.trim().toLowerCase()),
    hits(raw) {
      const out: Hit[] = [];
      for (const m of index.scan(fold(raw))) {
        // A stance phrase and a bare cue of the same words: the stance says more. Duplicates collapse.
        const seen = new Set<string>();
        const stances = m.values.filter((f) => f.polarity !== 0);
        const cues = m.values.filter((f) => f.polarity === 0 && !stances.some((s) => s.topic === f.topic));
        for (const f of [...stances, ...cues]) {
          const k = `${f.topic}${f.polarity}`;
          if (seen.has(k)) continue;
          seen.add(k);
          out.push({ ...f, start: m.start, end: m.end, phrase: m.text });
        }
      }
      return out;
    },
  };
}
