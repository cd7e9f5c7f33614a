import { readFileSync } from 'node:fs';
import { parseYamlData } from '../../text/yaml-data.ts';
import type { KeyFact } from '../../schemas/claim.ts';

// "X comes with a built-in ORM", "Y has no built-in admin; use Acme-Admin", "extensions add
// features such as caching": which features a subject has built in, and which it gets by extensions,
// as key facts `built-in:<feature>`. The grammar is data (feature-patterns.yaml); this applies it.

interface PatternFile {
  builtIn: string;
  negation: string;
  extension: string;
  listIntro: string;
  listEnd: string;
  extensionName: string;
  category: string[];
  stop: string[];
  filler: string[];
  maxWords: number;
  features: Record<string, string[]>;
}

const file = parseYamlData(readFileSync(new URL('./feature-patterns.yaml', import.meta.url), 'utf8')) as PatternFile;
const BUILT_IN = new RegExp(file.builtIn, 'gi');
const NEGATION = new RegExp(file.negation, 'i');
const EXTENSION = new RegExp(file.extension, 'gi');
const LIST_INTRO = new RegExp(file.listIntro, 'i');
const LIST_END = new RegExp(file.listEnd, 'i');
const EXTENSION_NAME = new RegExp(file.extensionName, 'g');
const IS_NAME = new RegExp(file.extensionName);
const CATEGORY = new Set(file.category);
const STOP = new Set(file.stop);
const FILLER = new Set(file.filler);
const CANONICAL = new Map(Object.entries(file.features).flatMap(([name, spellings]) => [[name.toLowerCase(), name] as const, ...spellings.map((s) => [s.toLowerCase(), name] as const)]));

/** How far before "built-in" a negation still applies ("does not come with built-in ..."). */
const NEGATION_REACH = 30;
/** How far after "extensions" the list of what they add may start. */
const EXTENSION_REACH = 80;
/** How many words after "built-in <category>" a list may still start ("built-in security features, such as"). */
const CATEGORY_WORDS = 3;
/** How far after "built-in" or "extensions" a list is read: bounds the work per match on a huge sentence. */
const LIST_REACH = 300;

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

/** A feature's name as the row shows it: a known spelling made one, else the sentence's words. */
function featureName(item: string): string | undefined {
  const w = words(item.replace(/^\s*(?:and|or)\s+/i, '')).filter((x, i) => !(i === 0 && ['a', 'an', 'the', 'its', 'their'].includes(x)));
  const phrase = w.join(' ');
  if (!w.length || w.length > file.maxWords || FILLER.has(phrase) || w.some((x) => CATEGORY.has(x) || STOP.has(x))) return undefined;
  return CANONICAL.get(phrase) ?? phrase;
}

/** The items of a list that starts at `text`'s beginning: "authentication, an ORM, and an admin panel". */
function listItems(text: string): string[] {
  const end = LIST_END.exec(text);
  const body = end ? text.slice(0, end.index) : text;
  return body.split(/,|\s+(?:and|or)\s+|\s+&\s+/i).filter((x) => x.trim());
}

/** What follows "built-in": its own name ("ORM", "admin interface"), or a category and then a list. */
function builtInFeatures(after: string): string[] {
  const head: string[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|\S/gu;
  let category = false;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(after)) && head.length < CATEGORY_WORDS + 1) {
    const w = m[0].toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(w) || STOP.has(w)) break;
    head.push(w);
    consumed = m.index + m[0].length;
    if (CATEGORY.has(w)) {
      category = true;
      break;
    }
  }
  if (!category) {
    // "built-in ORM called Active Record": the longest start that is a known feature, else the words
    // up to the first stop word when they are few enough to be a name.
    for (let n = head.length; n > 0; n--) {
      const known = CANONICAL.get(head.slice(0, n).join(' '));
      if (known) return [known];
    }
    const name = head.length && head.length <= file.maxWords ? featureName(head.join(' ')) : undefined;
    return name ? [name] : [];
  }
  const rest = after.slice(consumed);
  const intro = LIST_INTRO.exec(rest);
  if (!intro) return [];
  return listItems(rest.slice(intro[0].length)).flatMap((x) => featureName(x) ?? []);
}

/** The built-in / extension key facts one clause (about one subject) states. */
export function featureFacts(clause: string): KeyFact[] {
  const out: KeyFact[] = [];
  const names = [...clause.matchAll(EXTENSION_NAME)].map((m) => m[0]);
  const put = (feature: string, value: string) => {
    const key = `built-in:${feature}`;
    // One value per feature and clause; "not built in" with the extension to use says more than either.
    const at = out.findIndex((f) => f.key === key);
    if (at < 0) out.push({ key, value });
    else if (value.startsWith('via') && out[at]!.value === 'not built in') out[at] = { key, value };
  };
  for (const m of clause.matchAll(BUILT_IN)) {
    const negated = NEGATION.test(clause.slice(Math.max(0, m.index - NEGATION_REACH), m.index));
    const features = builtInFeatures(clause.slice(m.index + m[0].length, m.index + m[0].length + LIST_REACH));
    // "No built-in admin; use Acme-Admin": the one extension named is how to get the one feature.
    const instead = negated && features.length === 1 && names.length === 1 ? `via ${names[0]}` : 'not built in';
    for (const f of features) put(f, negated ? instead : 'built in');
  }
  for (const m of clause.matchAll(EXTENSION)) {
    const after = clause.slice(m.index + m[0].length, m.index + m[0].length + EXTENSION_REACH);
    // Not "for": "packages for complex problems" names a purpose, not a feature.
    const intro = /\b(?:such as|like|including)\s+/i.exec(after);
    if (!intro || /[.;!?]/.test(after.slice(0, intro.index))) continue;
    const from = m.index + m[0].length + intro.index + intro[0].length;
    const items = listItems(clause.slice(from, from + LIST_REACH));
    // Named extensions ("Acme-SQL", "Celery") are how, not what: only feature names become rows.
    for (const item of items) {
      const f = featureName(item);
      const known = f !== undefined && CANONICAL.has(f.toLowerCase());
      if (f && (known || !(IS_NAME.test(item) || /^\s*(?:(?:and|or)\s+)?[A-Z]/.test(item)))) put(f, 'via extensions');
    }
  }
  return out;
}
