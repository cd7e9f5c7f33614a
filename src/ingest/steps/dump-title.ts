import type { Root } from 'mdast';
import type { ArticleData } from '../../schemas/article.ts';
import { boilerplateReason } from './boilerplate.ts';
import { looksLikeHeading } from './recover-structure.ts';

type Removed = ArticleData['removed'][number];

/**
 * A page dump saved as `.txt` that holds a pipe table is parsed as Markdown, but its title is still a
 * bare first line, often under a line or two of site chrome. Without this it was titled after its
 * file name and the chrome became the opening paragraph. Only plain-text first paragraphs are read.
 */
export function dumpTitle(tree: Root, bodyLine: number): { title?: string; removed: Removed[] } {
  const removed: Removed[] = [];
  const first = tree.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  // Only whole lines of plain text at the paragraph's start are read: a line with a link or code in
  // it is prose, never a title.
  if (first?.type !== 'paragraph' || lead?.type !== 'text') return { removed };
  const start = first.position?.start.line ?? 1;
  const whole = first.children.length === 1;
  const lines = lead.value.split('\n');
  const complete = whole ? lines.length : lines.length - 1;
  let i = 0;
  while (i < complete - 1 && boilerplateReason(lines[i]!.trim()) === 'site-chrome') {
    removed.push({ text: lines[i]!.trim(), reason: 'site-chrome', line: start + i + bodyLine - 1 });
    i++;
  }
  const title = lines[i]?.trim() ?? '';
  if (i >= complete || !looksLikeHeading(title)) return { removed: [] };
  const rest = lines
    .slice(i + 1)
    .join('\n')
    .replace(/^\s+/, '');
  if (rest) lead.value = rest;
  else first.children.shift();
  if (!first.children.length) tree.children.shift();
  return { title, removed };
}
