import { IngestError } from './problem.ts';

// Bounds on the work one source may cause. Markdown parsers can be superlinear on some shapes: with
// micromark, ingest's first parser, 1,000 nested list levels took 37 s and a paragraph of 50,000
// emphasis markers 40 s; the claims engine and the page renderer work per block too. Such input
// is refused up front with a message saying which limit and where; the per-file time limit (enforced
// by the worker pool) catches any shape not foreseen here.
export const LIMITS = {
  /** Largest source accepted. Real articles are under 200 kB; the bundled bench's largest is 2 MB. */
  bytes: 3 * 1024 * 1024,
  /** Deepest nesting of lists and block quotes. */
  depth: 100,
  /** Emphasis markers (`*`, `_`) in one paragraph or block. */
  emphasisPerBlock: 5_000,
  /** Brackets (`[`, `]`) in one paragraph or block. */
  bracketsPerBlock: 10_000,
  /** Lines in one paragraph or table (20,000 lines took 3 s to parse, 40,000 took 51 s). */
  linesPerBlock: 5_000,
  /** Time for one small file, in seconds; a file gets half as much again per MiB (a 2 MiB article: 16 s). */
  seconds: 8,
} as const;

/** The time one file may take: the base grows with the file's size, so big honest articles fit. */
export function timeLimitMs(bytes: number, base: number = LIMITS.seconds): number {
  return Math.round(base * (1 + bytes / (2 * 1024 * 1024)) * 1000);
}

const number = (n: number) => n.toLocaleString('en');

export function checkSize(bytes: number): void {
  if (bytes > LIMITS.bytes) {
    throw new IngestError(`The file is ${number(bytes)} bytes; the limit is ${number(LIMITS.bytes)}. Split it into several articles.`, 'limits');
  }
}

/** How deep a line sits in lists and quotes, from its leading markers and indentation. */
function lineDepth(line: string): number {
  let depth = 0;
  let column = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === ' ') column++;
    else if (c === '\t') column += 4 - (column % 4);
    else if (c === '>') depth++;
    else if ((c === '-' || c === '*' || c === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) depth++;
    else break;
  }
  // Each list level indents its content by at least two columns.
  return depth + Math.floor(column / 2);
}

/**
 * Refuses text whose structure would make parsing take minutes: nesting deeper than the limit, or a
 * block holding more inline markers than any article needs. Fenced code is not Markdown and is skipped.
 */
export function checkStructure(text: string, firstLine: number): void {
  const lines = text.split('\n');
  let fence: string | undefined;
  let emphasis = 0;
  let brackets = 0;
  let blockStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    if (fence !== undefined) continue;
    if (!line.trim()) {
      emphasis = 0;
      brackets = 0;
      blockStart = i + 1;
      continue;
    }
    if (i - blockStart + 1 > LIMITS.linesPerBlock) {
      throw new IngestError(
        `A paragraph or table here runs on for more than ${number(LIMITS.linesPerBlock)} lines without a blank line, which would take minutes to parse. Split it with blank lines.`,
        'limits',
        firstLine + blockStart,
      );
    }
    const depth = lineDepth(line);
    if (depth > LIMITS.depth) {
      throw new IngestError(`Lists or quotes here are nested about ${number(depth)} levels deep; the limit is ${LIMITS.depth}. Flatten the nesting.`, 'limits', firstLine + i);
    }
    for (let j = 0; j < line.length; j++) {
      const c = line.charCodeAt(j);
      if (c === 42 || c === 95) emphasis++;
      else if (c === 91 || c === 93) brackets++;
    }
    if (emphasis > LIMITS.emphasisPerBlock) {
      throw new IngestError(
        `This paragraph holds more than ${number(LIMITS.emphasisPerBlock)} emphasis markers (* or _), which no article needs and which would take minutes to parse. Split the paragraph or put the text in a code block.`,
        'limits',
        firstLine + blockStart,
      );
    }
    if (brackets > LIMITS.bracketsPerBlock) {
      throw new IngestError(
        `This paragraph holds more than ${number(LIMITS.bracketsPerBlock)} brackets ([ or ]), which no article needs and which would take minutes to parse. Split the paragraph or put the text in a code block.`,
        'limits',
        firstLine + blockStart,
      );
    }
  }
}
