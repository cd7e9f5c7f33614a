import type { Topic } from '../../schemas/topic.ts';
import { phrasePattern } from '../match.ts';

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

interface Entry {
  topic: string;
  polarity: -1 | 0 | 1;
  re: RegExp;
}

/** The topic lexicons of `content/topics.yaml`, compiled once. */
export interface Lexicon {
  /** Every cue and stance phrase in the text; where phrases overlap, the longest wins. */
  hits(text: string): Hit[];
}

export function compileLexicon(topics: readonly Topic[]): Lexicon {
  const entries: Entry[] = [];
  for (const t of topics) {
    const cues = [t.label, ...t.cues].map(fold);
    entries.push({ topic: t.id, polarity: 0, re: phrasePattern(cues) });
    if (t.favours.length) entries.push({ topic: t.id, polarity: 1, re: phrasePattern(t.favours.map(fold)) });
    if (t.disfavours.length) entries.push({ topic: t.id, polarity: -1, re: phrasePattern(t.disfavours.map(fold)) });
  }
  return {
    hits(raw) {
      const text = fold(raw);
      const all: Hit[] = [];
      for (const e of entries) {
        for (const m of text.matchAll(e.re)) all.push({ topic: e.topic, polarity: e.polarity, start: m.index, end: m.index + m[0].length, phrase: m[0] });
      }
      // "not as scalable" must beat the "scalable" inside it; a stance phrase beats a bare cue of the same span.
      all.sort((a, b) => b.end - b.start - (a.end - a.start) || Math.abs(b.polarity) - Math.abs(a.polarity) || a.start - b.start);
      const kept: Hit[] = [];
      for (const h of all) {
        const covered = kept.some((k) => k.start <= h.start && k.end >= h.end && (k.end - k.start > h.end - h.start || k.topic === h.topic));
        if (!covered) kept.push(h);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
