/**
 * Finds many multi-word phrases in a text in one linear pass, by walking a trie of their words.
 * Taxonomies carry hundreds of phrases; one regular expression per topic, or one huge alternation,
 * made claim extraction cost about 10 s per megabyte. Matching rules:
 * - case, curly/straight apostrophes, and white space vs hyphens between words do not matter
 *   ("Built in" finds "built-in");
 * - a phrase never starts inside a hyphenated word ("non-scalable" is not "scalable"), and never
 *   ends where the word goes on with a hyphen ("Name-Admin" is not "Name"), except adjective
 *   compounds such as "-based";
 * - at each position the longest phrase wins, and matches do not overlap.
 */

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** The text as found. */
  text: string;
  /** Everything registered under this phrase. */
  values: T[];
}

interface Node<T> {
  next: Map<string, Node<T>>;
  values?: T[];
}

const WORD = /[\p{L}\p{N}_]+(?:['’][\p{L}]+)*/gu;
// The same words in text that is all ASCII (most English text), where the letters and digits of Unicode
// are just A-Z, a-z and 0-9 and there is no curly apostrophe: tokenizing was half of a scan's time, and
// an expression without Unicode properties is several times faster.
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_WORD = /[A-Za-z0-9_]+(?:'[A-Za-z]+)*/g;
const COMPOUND_SUFFIX = new Set(['based', 'powered', 'driven', 'backed', 'style']);

export function normalizePhrase(phrase: string): string[] {
  return [...phrase.replace(/’/g, "'").toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

export class PhraseIndex<T> {
  private root: Node<T> = { next: new Map() };

  add(phrase: string, value: T): void {
    const words = normalizePhrase(phrase);
    if (!words.length) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  scan(text: string): Array<PhraseMatch<T>> {
    const tokens: Array<{ word: string; start: number; end: number }> = [];
    if (ASCII.test(text)) for (const m of text.matchAll(ASCII_WORD)) tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
    else for (const m of text.matchAll(WORD)) tokens.push({ word: m[0].replace(/’/g, "'").toLowerCase(), start: m.index, end: m.index + m[0].length });
    const out: Array<PhraseMatch<T>> = [];
    // Only white space or a hyphen may sit between the words of one phrase.
    const joins = (a: number, b: number) => /^[\s-]+$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
    const hyphenBefore = (i: number) => i > 0 && text[tokens[i]!.start - 1] === '-' && tokens[i - 1]!.end === tokens[i]!.start - 1;
    const hyphenAfter = (i: number) => {
      const next = tokens[i + 1];
      return next !== undefined && text[tokens[i]!.end] === '-' && next.start === tokens[i]!.end + 1 && !COMPOUND_SUFFIX.has(next.word);
    };
    let i = 0;
    while (i < tokens.length) {
      let best = -1;
      let values: T[] | undefined;
      if (!hyphenBefore(i)) {
        let node: Node<T> = this.root;
        for (let j = i; j < tokens.length; j++) {
          // The trie first: most words go on no phrase, and then the gap before them need not be read.
          const child = node.next.get(tokens[j]!.word);
          if (!child || (j > i && !joins(j - 1, j))) break;
          node = child;
          if (node.values && !hyphenAfter(j)) {
            best = j;
            values = node.values;
          }
        }
      }
      if (best >= 0 && values) {
        const start = tokens[i]!.start;
        const end = tokens[best]!.end;
        out.push({ start, end, text: text.slice(start, end), values });
        i = best + 1;
      } else i++;
    }
    return out;
  }
}
