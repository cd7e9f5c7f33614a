import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ArticleData } from '../../schemas/article.ts';
import type { Problem } from '../../schemas/problem.ts';
import { warning } from '../problem.ts';

type Removed = ArticleData['removed'][number];

/**
 * An article pasted twice (a draft and its edit, or a CMS export that repeats the body) would count
 * every claim twice in the verdicts. A run of blocks that repeats an earlier run word for word is
 * taken out, listed in `removed` with its text, and named in a warning with both line ranges. Short
 * repeats (a "Performance" heading under each subject, a repeated command) are not duplicates: a run
 * must be long enough to be a pasted body, not a pattern of the text.
 */
const MIN_RUN_WORDS = 30;
const MIN_RUN_BLOCKS = 2;
// One long paragraph repeated verbatim is a paste too.
const MIN_PARAGRAPH_WORDS = 40;

function key(node: RootContent, text: string): string {
  return `${node.type}:${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;
}

function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

export function dedupeBody(tree: Root, bodyLine: number): { removed: Removed[]; problems: Problem[] } {
  const blocks = tree.children;
  // Each block's text is gathered once, for its key and its word count.
  const texts = blocks.map((node) => toString(node));
  const keys = blocks.map((node, i) => key(node, texts[i]!));
  const size = texts.map(words);
  const line = (n: RootContent) => (n.position?.start.line ?? 1) + bodyLine - 1;
  const endLine = (n: RootContent) => (n.position?.end.line ?? n.position?.start.line ?? 1) + bodyLine - 1;
  // Where each block's text was first and last seen: two candidates per block keep this linear in
  // practice, even for an article made of one repeated line.
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  const drop = new Set<number>();
  const removed: Removed[] = [];
  const problems: Problem[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const k = keys[i]!;
    let best = { from: -1, length: 0, words: 0 };
    for (const j of new Set([first.get(k), last.get(k)])) {
      if (j === undefined || drop.has(j)) continue;
      let length = 0;
      let total = 0;
      while (i + length < blocks.length && j + length < i && keys[j + length] === keys[i + length] && !drop.has(j + length)) {
        total += size[i + length]!;
        length++;
      }
      if (total > best.words) best = { from: j, length, words: total };
    }
    const long = (best.length >= MIN_RUN_BLOCKS && best.words >= MIN_RUN_WORDS) || (best.length === 1 && blocks[i]!.type === 'paragraph' && best.words >= MIN_PARAGRAPH_WORDS);
    if (!long) {
      if (!first.has(k)) first.set(k, i);
      last.set(k, i);
      continue;
    }
    const run = blocks.slice(i, i + best.length);
    const original = blocks.slice(best.from, best.from + best.length);
    for (let d = 0; d < best.length; d++) drop.add(i + d);
    removed.push({ text: texts.slice(i, i + best.length).join(' '), reason: 'duplicate-body', line: line(run[0]!) });
    problems.push(
      warning(
        `Lines ${line(run[0]!)}-${endLine(run.at(-1)!)} repeat lines ${line(original[0]!)}-${endLine(original.at(-1)!)} word for word (${best.words} words; was the body pasted twice?). The repeat was left out so its claims count once; delete it from the source if it is a mistake.`,
        'duplicate',
        line(run[0]!),
      ),
    );
    i += best.length - 1;
  }
  if (drop.size) tree.children = blocks.filter((_, i) => !drop.has(i));
  return { removed, problems };
}
