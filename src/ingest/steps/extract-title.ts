import type { Root } from 'mdast';
import { phrasingText } from '../phrasing.ts';

function normalize(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Picks the title once: the frontmatter's, else a heading that opens the article, else a derived one.
 * A body heading that repeats the title is removed; if level-1 headings remain, every heading moves down
 * one level, because the page's own title is the only h1.
 */
export function extractTitle(tree: Root, frontTitle: string | undefined): { title?: string; from?: 'frontmatter' | 'heading' } {
  let title = frontTitle;
  let from: 'frontmatter' | 'heading' | undefined = frontTitle ? 'frontmatter' : undefined;
  const firstIndex = tree.children.findIndex((n) => n.type !== 'thematicBreak');
  const first = tree.children[firstIndex];
  if (first?.type === 'heading') {
    const text = phrasingText(first.children).trim();
    if (title === undefined && first.depth <= 2 && text) {
      title = text;
      from = 'heading';
      tree.children.splice(firstIndex, 1);
    } else if (title !== undefined && normalize(text) === normalize(title)) {
      tree.children.splice(firstIndex, 1);
    }
  }
  if (tree.children.some((n) => n.type === 'heading' && n.depth === 1)) {
    for (const n of tree.children) if (n.type === 'heading') n.depth = Math.min(6, n.depth + 1) as 2 | 3 | 4 | 5 | 6;
  }
  return title === undefined ? {} : { title, from: from! };
}
