import type { Root } from 'mdast';
import { phrasingText } from '../../text/phrasing.ts';

function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Titles that differ only in case and punctuation are the same; titles with no letters or digits
// (emoji only) are compared as written, or every emoji heading would repeat every emoji title.
function sameTitle(a: string, b: string): boolean {
  const na = normalize(a);
  const nb = normalize(b);
  return na || nb ? na === nb : a.trim() === b.trim();
}

/**
 * Picks the title once: the frontmatter's, else a heading that opens the article, else a derived one.
 * A body heading that repeats the title is removed; if level-1 headings remain, every heading moves down
 * one level, because the page's own title is the only h1.
 */
export interface ExtractedTitle {
  title?: string;
  from?: 'frontmatter' | 'heading';
  /** A heading dropped because it repeats the title: listed in the report, never lost silently. */
  removed?: { text: string; line: number };
}

export function extractTitle(tree: Root, frontTitle: string | undefined): ExtractedTitle {
  let title = frontTitle;
  let from: 'frontmatter' | 'heading' | undefined = frontTitle ? 'frontmatter' : undefined;
  let removed: ExtractedTitle['removed'];
  const firstIndex = tree.children.findIndex((n) => n.type !== 'thematicBreak');
  const first = tree.children[firstIndex];
  if (first?.type === 'heading') {
    const text = phrasingText(first.children).trim();
    if (title === undefined && first.depth <= 2 && text) {
      title = text;
      from = 'heading';
      tree.children.splice(firstIndex, 1);
    } else if (title !== undefined && sameTitle(text, title)) {
      tree.children.splice(firstIndex, 1);
      removed = { text, line: first.position?.start.line ?? 1 };
    }
  }
  if (tree.children.some((n) => n.type === 'heading' && n.depth === 1)) {
    for (const n of tree.children) if (n.type === 'heading') n.depth = Math.min(6, n.depth + 1) as 2 | 3 | 4 | 5 | 6;
  }
  const out: ExtractedTitle = title === undefined ? {} : { title, from: from! };
  if (removed) out.removed = removed;
  return out;
}
