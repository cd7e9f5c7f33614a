import { franc } from 'franc-min';

// The claims engine reads English. An article in another language is still imported whole, but no
// claims are taken from it, and the report says so, instead of a silent "0 claims".

// English function words: text where they are common is English, however short or technical it is
// (trigram detectors misread short English text with many product names as Spanish or Portuguese).
const ENGLISH = new Set(['the', 'and', 'is', 'are', 'of', 'to', 'in', 'for', 'that', 'with', 'it', 'this', 'you', 'a', 'an', 'on', 'as', 'be', 'than', 'or']);
const MIN_SHARE = 0.12;
// Below this many characters the trigram detector is not trusted either way.
const MIN_LENGTH = 250;

/** ISO 639-3 code of the article's language (`eng`, `deu`, `cmn`, ...), or `und` when it cannot tell. */
export function detectLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length && words.filter((w) => ENGLISH.has(w)).length / words.length >= MIN_SHARE) return 'eng';
  return franc(text.slice(0, 4000), { minLength: MIN_LENGTH });
}

export function isEnglish(language: string): boolean {
  return language === 'eng' || language === 'und';
}
