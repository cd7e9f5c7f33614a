// Which two things a folder of articles compares, read from their titles and headings, so that a new
// comparison needs no hand-written subjects.yaml (`npm run ingest -- init <dir>`). Only the grammar of
// comparison titles is used ("X vs Y", "X or Y", "Comparing X and Y", "X and Y compared",
// "difference between X and Y"), never a list of products.

export interface Candidate {
  /** The name as the articles spell it most often. */
  name: string;
  /** Other spellings seen for the same thing ("Express.js" for "Express"). */
  aliases: string[];
}

export interface FoundSubjects {
  subjects: [Candidate, Candidate] | undefined;
  /** How many titles or headings named the winning pair. */
  support: number;
  /** Other things the titles set against one of the subjects: rivals, not subjects. */
  rivals: string[];
}

// A product name: one to three capitalised or code-like words ("Ruby on Rails", "Express.js", "Vue 3").
const NAME = String.raw`[A-Z0-9][\w.+#-]*(?:\s+(?:on\s+)?[A-Z0-9][\w.+#-]*){0,2}`;
const PATTERNS = [
  new RegExp(`(${NAME})\\s+(?:vs\\.?|versus|v\\.?)\\s+(${NAME})`, 'g'),
  new RegExp(`(?:comparing|comparison of|compare)\\s+(${NAME})\\s+(?:and|with|to|vs\\.?)\\s+(${NAME})`, 'gi'),
  new RegExp(`(?:difference|differences)\\s+between\\s+(${NAME})\\s+and\\s+(${NAME})`, 'gi'),
  new RegExp(`(${NAME})\\s+and\\s+(${NAME})\\s+compared`, 'g'),
  new RegExp(`(?:^|[:?!.]\\s+)(?:should you (?:use|choose|pick)\\s+)?(${NAME})\\s+or\\s+(${NAME})\\s*\\?`, 'g'),
];
// Words that start a title but are not names ("Which", "Why"), and generic tails ("Framework").
const NOT_A_NAME = /^(which|why|what|how|when|should|the|a|an|choosing|comparing|comparison|introduction|review|guide|part|chapter|vs|my|our)$/i;
const TAIL = /\s+(?:framework|frameworks|library|database|comparison|review|guide|tutorial|overview|explained|performance)$/i;

/** The key two spellings share: lower case, without ".js"/"JS" and punctuation ("Express.js" = "express"). */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, '')
    .replace(/(?:js|db)$/, '');
}

function clean(name: string): string | undefined {
  const words = name
    .trim()
    .replace(/[.,:;!?]+$/, '')
    .split(/\s+/);
  while (words.length && NOT_A_NAME.test(words[0]!)) words.shift();
  const out = words.join(' ').replace(TAIL, '').trim();
  // Names are written with a capital or a digit first; "find the best" is not one.
  return out && !NOT_A_NAME.test(out) && /^[A-Z0-9]/.test(out) && /[A-Za-z]/.test(out) ? out : undefined;
}

/** The pair most titles and headings compare, with the spellings seen for each. */
export function findSubjects(lines: readonly string[]): FoundSubjects {
  const pairs = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const seen = (name: string) => {
    const key = nameKey(name);
    const m = spellings.get(key) ?? new Map<string, number>();
    m.set(name, (m.get(name) ?? 0) + 1);
    spellings.set(key, m);
    return key;
  };
  for (const line of lines) {
    const found = new Set<string>();
    for (const re of PATTERNS) {
      for (const m of line.matchAll(re)) {
        const a = clean(m[1]!);
        const b = clean(m[2]!);
        if (!a || !b) continue;
        const [ka, kb] = [seen(a), seen(b)];
        if (!ka || !kb || ka === kb) continue;
        found.add([ka, kb].sort().join('\u0000'));
      }
    }
    // One title counts once per pair, however many patterns it matches.
    for (const p of found) pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  // Title Case runs on past the name ("MongoDB For Time Series"): a key that extends a shorter key
  // seen elsewhere is that key.
  const keys0 = [...spellings.keys()].sort((x, y) => x.length - y.length);
  const root = (k: string) => keys0.find((r) => r.length >= 3 && k.startsWith(r)) ?? k;
  for (const [k, m] of [...spellings]) {
    const r = root(k);
    if (r === k) continue;
    const into = spellings.get(r)!;
    for (const [n, c] of m) into.set(n, (into.get(n) ?? 0) + c);
    spellings.delete(k);
  }
  const merged = new Map<string, number>();
  for (const [p, c] of pairs) {
    const [x, y] = p.split('\u0000').map(root) as [string, string];
    if (x === y) continue;
    const key = [x, y].sort().join('\u0000');
    merged.set(key, (merged.get(key) ?? 0) + c);
  }
  const ranked = [...merged].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const best = ranked[0];
  if (!best) return { subjects: undefined, support: 0, rivals: [] };
  const keys = best[0].split('\u0000') as [string, string];
  const candidate = (key: string): Candidate => {
    const names = [...(spellings.get(key) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length);
    // Aliases are other spellings of the same name, not the longer runs merged into it, plus the bare
    // form of a "Name.js" / "NameJS" / "Name DB" spelling, which articles use in running text.
    const name = names[0]![0];
    const spelled = names
      .slice(1)
      .filter(([n]) => nameKey(n) === key)
      .map(([n]) => n);
    const bare = [name, ...spelled].map((n) => n.replace(/(?:\.|\s)?(?:js|db)$/i, '')).filter((n) => n.length >= 2);
    const aliases = [...new Set([...spelled, ...bare])].filter((n) => n !== name);
    return { name, aliases };
  };
  const rivals = new Set<string>();
  for (const [pair] of ranked.slice(1)) {
    const [x, y] = pair.split('\u0000') as [string, string];
    for (const k of [x, y]) if (!keys.includes(k) && (keys.includes(x) || keys.includes(y))) rivals.add(candidate(k).name);
  }
  return { subjects: [candidate(keys[0]), candidate(keys[1])], support: best[1], rivals: [...rivals] };
}
