import { readFileSync } from 'node:fs';
import { parseYamlData } from '../../text/yaml-data.ts';
import { SOURCE_TYPES, type SourceTypeDetected } from '../../schemas/article.ts';

// What kind of page an article is, when its own words say so ("our team of developers", "Welcome to
// X's documentation"). The phrases are data (source-type.yaml); this only matches them.

interface Entry {
  type: (typeof SOURCE_TYPES)[number];
  patterns: string[];
}

function load(): Array<{ type: Entry['type']; res: RegExp[] }> {
  const file = parseYamlData(readFileSync(new URL('./source-type.yaml', import.meta.url), 'utf8')) as Entry[];
  return file.map((e) => {
    // A typo in the data file should fail loudly at start-up, not label pages "undefined".
    if (!SOURCE_TYPES.includes(e.type)) throw new Error(`source-type.yaml: "${e.type}" is not a source type (${SOURCE_TYPES.join(', ')}).`);
    return { type: e.type, res: e.patterns.map((p) => new RegExp(p, 'iu')) };
  });
}

const RULES = load();
/** Evidence longer than this is cut around the match: enough to check it, not a whole page dump's line. */
const MAX_EVIDENCE = 200;

/** The sentence of `line` around the match at `index`, so the evidence reads as the author wrote it. */
function sentenceAround(line: string, index: number, length: number): string {
  // lastIndexOf, not a regular expression anchored at the end: that backtracks quadratically on a
  // megabyte line with a full stop in it.
  const start = Math.max(...['.', '!', '?'].map((p) => line.lastIndexOf(p, index - 1) + 1), 0);
  const rest = /[.!?](\s|$)/.exec(line.slice(index + length));
  const end = rest ? index + length + rest.index + 1 : line.length;
  if (end - start <= MAX_EVIDENCE) return line.slice(start, end).trim();
  // Too long to quote whole: a window with the match in it, marked as cut on the sides it was cut.
  const from = Math.max(start, index - Math.max(0, Math.floor((MAX_EVIDENCE - 2 - length) / 2)));
  const to = Math.min(end, from + MAX_EVIDENCE - 2);
  return `${from > start ? '…' : ''}${line.slice(from, to).trim()}${to < end ? '…' : ''}`;
}

/**
 * The source type the body's own text states, with the first line that says so (1-based line in the
 * raw source), or undefined when nothing does. `bodyLine` is the source line the body starts on.
 */
export function detectSourceType(body: string, bodyLine: number): SourceTypeDetected | undefined {
  const lines = body.split('\n');
  for (const rule of RULES) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      for (const re of rule.res) {
        const m = re.exec(line);
        if (m) return { type: rule.type, line: bodyLine + i, text: sentenceAround(line, m.index, m[0].length) };
      }
    }
  }
  return undefined;
}
