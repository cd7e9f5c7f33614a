import type { PhrasingContent, RootContent } from 'mdast';

/** Flattens phrasing content to its visible text. */
export function phrasingText(nodes: readonly PhrasingContent[] | readonly RootContent[]): string {
  let out = '';
  for (const n of nodes) {
    if ('value' in n && typeof n.value === 'string' && (n.type === 'text' || n.type === 'inlineCode')) out += n.value;
    else if (n.type === 'break') out += ' ';
    else if ('children' in n) out += phrasingText(n.children as PhrasingContent[]);
    else if (n.type === 'image' || n.type === 'imageReference') out += n.alt ?? '';
  }
  return out;
}

/** A sentence of a block: character range in the block's visible text, trailing space included. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Open round brackets minus closed ones, never below zero ("1) item" closes nothing it opened). */
function openParens(s: string): number {
  let depth = 0;
  for (const c of s)
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
  return depth;
}

// How many following pieces may be joined to close a bracket: an aside is a clause or two, and an
// unclosed "(" must not glue the rest of a paragraph into one sentence.
const ASIDE_PIECES = 2;

// Boilerplate removal and claim extraction split the same paragraphs, and Intl.Segmenter is the costly
// part: the second split of a paragraph is a lookup. Bounded, so a long run never grows it.
const recent = new Map<string, readonly Sentence[]>();
const RECENT = 4096;

/** The sentences of a block's text. The array is shared between callers: read it, never change it. */
export function sentences(text: string): readonly Sentence[] {
  let found = recent.get(text);
  if (found === undefined) {
    if (recent.size >= RECENT) recent.clear();
    recent.set(text, (found = Object.freeze(split(text).map((s) => Object.freeze(s)))));
  }
  return found;
}

function split(text: string): Sentence[] {
  // A line break inside a block is a soft wrap (hard-wrapped exports, text dumps), not the end of a
  // sentence, but Unicode's sentence rules always break at one. Segmenting with spaces in their place
  // (same length, so offsets still fit the block) keeps "higher\nlearning curve than" one sentence.
  const flat = text.replace(/\n/g, ' ');
  const pieces = [...segmenter.segment(flat)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  const out: Sentence[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const start = pieces[i]!.start;
    let end = pieces[i]!.end;
    // Intl.Segmenter ends a sentence at "?" or "!" even inside brackets ("(right? Yes please)."),
    // which would leave "Yes please)." as a quote of its own: join the pieces up to the closing bracket.
    if (/[?!]["”’']?\s*$/u.test(flat.slice(start, end)) && openParens(flat.slice(start, end)) > 0) {
      for (let k = 1; k <= ASIDE_PIECES && i + k < pieces.length; k++) {
        if (openParens(flat.slice(start, pieces[i + k]!.end)) === 0) {
          end = pieces[i + k]!.end;
          i += k;
          break;
        }
      }
    }
    const segment = flat.slice(start, end);
    if (segment.trim()) out.push({ start, end, text: segment.trim() });
  }
  return out;
}

interface Piece {
  node: PhrasingContent;
  start: number;
  end: number;
}

function length(node: PhrasingContent): number {
  return phrasingText([node]).length;
}

/**
 * Splits text nodes so that every offset falls between two nodes. An offset inside a link or emphasis
 * moves to that node's end: a sentence boundary is never allowed to cut formatting in half.
 */
function splitAt(children: readonly PhrasingContent[], offsets: readonly number[]): Piece[] {
  const cuts = [...new Set(offsets)].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let pos = 0;
  for (const node of children) {
    const len = length(node);
    const inner = cuts.filter((c) => c > pos && c < pos + len);
    if (node.type === 'text' && inner.length > 0) {
      let from = pos;
      for (const c of [...inner, pos + len]) {
        pieces.push({ node: { type: 'text', value: node.value.slice(from - pos, c - pos) }, start: from, end: c });
        from = c;
      }
    } else {
      pieces.push({ node, start: pos, end: pos + len });
    }
    pos += len;
  }
  return pieces;
}

/** Removes character ranges (for example boilerplate sentences) from phrasing content. */
export function removeRanges(children: readonly PhrasingContent[], ranges: ReadonlyArray<{ start: number; end: number }>): PhrasingContent[] {
  const pieces = splitAt(
    children,
    ranges.flatMap((r) => [r.start, r.end]),
  );
  const kept = pieces.filter((p) => !ranges.some((r) => p.start >= r.start && p.end <= r.end && p.end > p.start)).map((p) => p.node);
  // The sentence before a removed last sentence keeps its trailing space; drop it.
  const last = kept.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return kept.filter((n) => n.type !== 'text' || n.value !== '');
}

/**
 * Groups the phrasing content of each range under a wrapper made by `wrap` (the claim anchors on the
 * article page). Ranges must not overlap.
 */
export function wrapRanges(
  children: readonly PhrasingContent[],
  ranges: ReadonlyArray<{ start: number; end: number }>,
  wrap: (index: number, inner: PhrasingContent[]) => PhrasingContent,
): PhrasingContent[] {
  const pieces = splitAt(
    children,
    ranges.flatMap((r) => [r.start, r.end]),
  );
  const out: PhrasingContent[] = [];
  let group: PhrasingContent[] = [];
  let groupRange = -1;
  const flush = () => {
    if (group.length) out.push(wrap(groupRange, group));
    group = [];
    groupRange = -1;
  };
  for (const p of pieces) {
    const r = ranges.findIndex((x) => p.start >= x.start && p.end <= x.end && p.end > p.start);
    if (r !== groupRange) flush();
    if (r < 0) out.push(p.node);
    else {
      groupRange = r;
      group.push(p.node);
    }
  }
  flush();
  return out;
}
