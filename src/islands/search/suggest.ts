// "Did you mean": Pagefind finds words by prefix and forgives no typo, so "secuirty" finds nothing.
// The site's own vocabulary (topic names, their search synonyms, subject names) is a few hundred
// words, so each query word the site does not know is compared with all of them by edit distance.
// Shipped to the browser: no imports, a few hundred bytes.

export interface Vocabulary {
  /** Topic labels and aliases: suggested in lower case ("security"). */
  terms: readonly string[];
  /** Names (the subjects): suggested as written, capitals kept. */
  names: readonly string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const words = (s: string) => s.match(WORD) ?? [];

/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbouring
 * letters as one edit (optimal string alignment), so "secuirty" is one edit from "security".
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Edits a word of this length may be away from a suggestion: short words have too many neighbours. */
const allowed = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

/**
 * The query with each word the vocabulary lacks replaced by the closest word it has, or undefined
 * when no word needs (or has) a correction. Ties go to the word listed first.
 */
export function suggest(query: string, vocabulary: Vocabulary): string | undefined {
  const known = new Map<string, string>();
  for (const name of vocabulary.names) for (const w of words(name)) known.set(w.toLowerCase(), w);
  for (const term of vocabulary.terms) for (const w of words(term.toLowerCase())) if (!known.has(w)) known.set(w, w);
  let changed = false;
  const out = words(query.toLowerCase()).map((q) => {
    if (known.has(q)) return known.get(q)!;
    let best: { word: string; d: number } | undefined;
    for (const [w, shown] of known) {
      if (Math.abs(w.length - q.length) > allowed(q.length)) continue;
      const d = editDistance(q, w);
      if (d <= allowed(q.length) && (!best || d < best.d)) best = { word: shown, d };
    }
    if (!best) return q;
    changed = true;
    return best.word;
  });
  return changed ? out.join(' ') : undefined;
}
