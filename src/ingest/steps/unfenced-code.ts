/**
 * Code copied out of a web page arrives as bare lines: `CREATE TABLE orders (`, `<Badge label="New" />`,
 * a Vue file's `<template>` and `export default {`. Read as prose they become headings or paragraphs and
 * lose their indentation. This finds where such a block starts and ends in a page dump, so structure
 * recovery can keep it as a code block, indentation and all. Only shapes prose never has start a block:
 * an upper-case SQL statement, a line that opens with a tag, a declaration or a closing bracket.
 */
const STARTS: Array<{ lang: string | null; pattern: RegExp }> = [
  { lang: 'sql', pattern: /^(CREATE|ALTER|DROP)\s+(TABLE|INDEX|VIEW|DATABASE|SCHEMA|FUNCTION|TRIGGER)\b/ },
  { lang: 'sql', pattern: /^(SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|WITH)\s.*(\bFROM\b|\bVALUES\b|\bSET\b|\bAS\s*\(|;\s*$|,\s*$)/ },
  { lang: 'vue', pattern: /^<(template|script(\s+setup)?|style(\s+scoped)?)>\s*$/ },
  { lang: 'jsx', pattern: /^<\/?[A-Z][\w.]*(\s[^<>]*)?\/?>/ },
  { lang: 'html', pattern: /^<\/?[a-z][\w-]*(\s[^<>]*)?\/?>/ },
  { lang: 'js', pattern: /^(import\s.+\sfrom\s+['"]|import\s+['"]|export\s+(default|const|function|class|async)\b|(const|let|var)\s+[\w${}[\], ]+\s*=|function\s*\w*\s*\(|class\s+\w+.*\{\s*$)/ },
  { lang: 'python', pattern: /^(def|class)\s+\w+.*:\s*$|^(from\s+[\w.]+\s+)?import\s+[\w.]+(\s+as\s+\w+)?\s*$|^@[\w.]+(\(.*\))?\s*$/ },
  { lang: null, pattern: /^\$\s+\w[\w.-]*(\s|$)/ },
];

// A line inside a block: indented, a closing bracket, or ending the way code lines end.
// ("Tailwind:" alone is the page's label for the next block, not code: a colon does not continue.)
const CONTINUES = /^\s+\S|^[}\])>]|[{}[\]();,>]\s*$|^<\/?\w|^\w[\w.]*\s*[=(]/;
// Prose ends with a sentence; code rarely does. Such a line ends a block whose brackets are balanced.
const PROSE = /^[\p{Lu}"“][^;{}<>=]*[.!?]["”]?$/u;
const MAX_LINES = 400;

function depth(line: string): number {
  let d = 0;
  for (const c of line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '')) {
    if (c === '{' || c === '(' || c === '[') d++;
    else if (c === '}' || c === ')' || c === ']') d--;
  }
  // Void elements (<img>, <br>, <input>) never close: they open nothing.
  const open = (line.match(/<(?!(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b)[A-Za-z][\w.-]*(\s[^<>]*)?(?<!\/)>/g) ?? []).length;
  const close = (line.match(/<\/[A-Za-z][\w.-]*\s*>/g) ?? []).length;
  return d + open - close;
}

export function codeStart(line: string): { lang: string | null } | undefined {
  const t = line.trim();
  const hit = STARTS.find((s) => s.pattern.test(t));
  return hit ? { lang: hit.lang } : undefined;
}

/** The code block starting at `i` (end exclusive), or undefined when line `i` does not start code. */
export function codeBlockAt(lines: readonly string[], i: number): { end: number; lang: string | null } | undefined {
  const start = codeStart(lines[i]!);
  if (!start) return undefined;
  let balance = 0;
  let end = i;
  let lang = start.lang;
  for (let k = i; k < lines.length && k - i < MAX_LINES; k++) {
    const raw = lines[k]!;
    const blank = raw.trim() === '';
    if (k > i) {
      // A blank line ends a balanced block unless code resumes right after it (a Vue file's <script>).
      if (blank) {
        if (balance > 0) continue;
        let n = k + 1;
        while (n < lines.length && lines[n]!.trim() === '') n++;
        if (n >= lines.length || !codeStart(lines[n]!)) break;
        continue;
      }
      if (balance <= 0 && !codeStart(raw) && (!CONTINUES.test(raw) || PROSE.test(raw.trim()))) break;
      // A sentence of prose at the margin ends the block even with a bracket left open: the page's
      // text resumed, and an unclosed tag must not turn the rest of the article into code.
      if (balance > 0 && !/^\s/.test(raw) && PROSE.test(raw.trim()) && raw.trim().split(/\s+/).length >= 6) break;
    }
    balance += depth(raw);
    end = k + 1;
    if (/^<template>/.test(raw.trim())) lang = 'vue';
  }
  // One line that is only a closing bracket or an html tag is not worth a block on its own.
  if (end - i === 1 && lang === 'html' && !/\/>\s*$|<\/\w+>\s*$/.test(lines[i]!)) return undefined;
  return { end, lang };
}

/** The block's lines with their shared indentation taken off; inner indentation is kept. */
export function codeText(lines: readonly string[]): string {
  const body = lines.map((l) => l.replace(/\s+$/, ''));
  while (body.length && body.at(-1) === '') body.pop();
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
  return body.map((l) => l.slice(Math.min(indent, /^\s*/.exec(l)![0].length))).join('\n');
}
