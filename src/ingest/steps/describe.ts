import type { Root } from 'mdast';
import type { IngestContext } from '../context.ts';
import { sentences } from '../../text/phrasing.ts';
import { blockText } from './classify.ts';
import { phrasingText } from '../../text/phrasing.ts';

/**
 * Markdown by extension, or a `.txt` whose lines carry Markdown headings (a table alone does not make a
 * page dump Markdown: dumps keep the page's tables as pipe rows, and structure recovery reads those);
 * else a plain-text dump.
 */
export function detectFormat(name: string, body: string, hadFrontmatter: boolean): 'markdown' | 'text' {
  if (/\.(md|markdown|mdx|mkd)$/i.test(name) || hadFrontmatter) return 'markdown';
  const headings = (body.match(/^#{1,6}\s+\S/gm) ?? []).length;
  const tableRule = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/m.test(body);
  const links = /\[[^\]\n]+\]\(https?:[^)\s]+\)/.test(body);
  return headings >= 2 || (tableRule && (headings >= 1 || links)) ? 'markdown' : 'text';
}

/** A meta description from the opening sentences, at most about 160 characters. */
export function describe(tree: Root): string {
  const first = tree.children.find((n) => n.type === 'paragraph');
  if (!first) return '';
  let out = '';
  for (const s of sentences(blockText(first))) {
    if (out && out.length + s.text.length > 160) break;
    out = out ? `${out} ${s.text}` : s.text;
  }
  return out.length > 200 ? `${out.slice(0, 197).trimEnd()}…` : out;
}

/** A title for an article that has none: its first heading naming two or more subjects, else its first heading. */
export function deriveTitle(tree: Root, id: string, ctx: IngestContext): string {
  const headings = tree.children.flatMap((n) => (n.type === 'heading' ? [phrasingText(n.children).trim()] : [])).filter(Boolean);
  const comparing = headings.find((h) => ctx.subjectMatcher.mentions(h).length >= 2);
  const chosen = comparing ?? headings[0];
  if (chosen) return chosen;
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
