import { normalizePhrase, PhraseIndex } from './phrase-index.ts';

/**
 * Which phrases of a vocabulary a text contains as whole phrases: the text is read once, the longest
 * phrase wins at each place and matches never overlap. So with both "static websites" and "websites"
 * in the vocabulary, "static websites" is found and "websites" is not: a listed phrase is never read
 * as a part of a longer listed phrase that means something else.
 */
export function wholePhrases(vocabulary: readonly string[]): (text: string) => Set<string> {
  const index = new PhraseIndex<string>();
  for (const phrase of vocabulary) index.add(phrase, phraseKey(phrase));
  return (text) => new Set(index.scan(text).flatMap((m) => m.values));
}

/** The form `wholePhrases` reports a phrase in: its words, lower case, one space apart. */
export function phraseKey(phrase: string): string {
  return normalizePhrase(phrase).join(' ');
}
