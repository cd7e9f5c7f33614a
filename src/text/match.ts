import type { Subject } from '../schemas/subject.ts';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive whole-phrase pattern; inner spaces match any run of white space or hyphens. */
export function phrasePattern(phrases: readonly string[], flags = 'giu'): RegExp {
  const alts = [...phrases].sort((a, b) => b.length - a.length).map((p) => escape(p.trim()).replace(/\s+/g, '[\\s-]+'));
  // A hyphen after the name usually means a different thing (an extension such as "Name-Admin"), except
  // for adjective compounds ("Name-based systems") that still speak of the subject.
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alts.join('|')})(?![\\p{L}\\p{N}_]|-(?!(?:based|powered|driven|backed|style)\\b)[\\p{L}])`, flags);
}

export interface SubjectMatcher {
  /** Subject ids mentioned in the text, in order of first mention. */
  mentions(text: string): string[];
  /** The subject whose name the text starts with, if any. */
  leading(text: string): string | undefined;
  /** Every mention with its position, for sentence-level attribution. */
  positions(text: string): Array<{ id: string; index: number; length: number }>;
}

export function subjectMatcher(subjects: readonly Subject[]): SubjectMatcher {
  const patterns = subjects.map((s) => ({ id: s.id, re: phrasePattern([s.name, ...s.aliases]) }));
  // Claim extraction asks about one sentence several times (its subjects, its facts, its one clause):
  // the last few answers are kept. Each caller gets its own array of shared, frozen positions.
  const recent = new Map<string, ReadonlyArray<Readonly<{ id: string; index: number; length: number }>>>();
  const positions = (text: string) => {
    let found = recent.get(text);
    if (found === undefined) {
      const list: Array<{ id: string; index: number; length: number }> = [];
      for (const { id, re } of patterns) for (const m of text.matchAll(re)) list.push(Object.freeze({ id, index: m.index, length: m[0].length }));
      found = list.sort((a, b) => a.index - b.index);
      if (recent.size >= 16) recent.delete(recent.keys().next().value!);
      recent.set(text, found);
    }
    return [...found];
  };
  return {
    positions,
    mentions: (text) => [...new Set(positions(text).map((p) => p.id))],
    leading: (text) => {
      const first = positions(text)[0];
      return first && first.index === text.search(/\S/) ? first.id : undefined;
    },
  };
}
