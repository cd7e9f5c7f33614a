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
  if (first?.type !== 'paragraph' || !first.children.every((c) => c.type === 'text')) return { removed };
  const start = first.position?.start.line ?? 1;
  const lines = first.children
    .map((c) => (c.type === 'text' ? c.value : ''))
    .join('')
    .split('\n');
  let i = 0;
  while (i < lines.length - 1 && boilerplateReason(lines[i]!.trim()) === 'site-chrome') {
    removed.push({ text: lines[i]!.trim(), reason: 'site-chrome', line: start + i + bodyLine - 1 });
    i++;
  }
  const title = lines[i]!.trim();
  if (!looksLikeHeading(title)) return { removed: [] };
  const rest = lines
    .slice(i + 1)
    .join('\n')
    .trim();
  if (rest) first.children = [{ type: 'text', value: rest }];
  else tree.children.shift();
  return { title, removed };
}
