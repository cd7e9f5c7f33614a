import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ArticleData } from '../../schemas/article.ts';
import { readDate } from './read-date.ts';

type Removed = ArticleData['removed'][number];

/**
 * Many exports keep the author only as a line near the top: `*By Jane Doe*`, "By Jane Doe · March 3,
 * 2024", "Written by Jane Doe". Such a line is metadata, not prose: its name becomes the author (and
 * its date the date), and the line is listed as removed with reason `byline`, so its words stay on
 * record.
 */
// Two to four capitalized words: a single word after "By" is more often a phrase ("By Contrast").
const NAME = "[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:(?:van|von|de|der|da|di|le|la|del)\\s+)?[\\p{Lu}][\\p{L}'’.-]*){1,3}";
const BYLINE = new RegExp(`^(?:written |posted |published )?by\\s+(${NAME})(?:\\s*(?:[,|·•–—-]|\\bon\\b)\\s*(.{0,60}))?$`, 'u');
// A byline sits with the title, before the article starts: only the first few blocks are looked at.
const LOOK = 3;

export interface Byline {
  author?: string;
  date?: string;
  removed?: Removed;
}

export function takeByline(tree: Root, bodyLine: number): Byline {
  for (let i = 0; i < Math.min(LOOK, tree.children.length); i++) {
    const node = tree.children[i]!;
    // A page dump's byline is a short line with no period, so structure recovery made it a heading.
    if (node.type !== 'paragraph' && node.type !== 'heading') continue;
    let text = toString(node).trim().replace(/\s+/g, ' ');
    // A page dump splits "Written by" and the name over two lines.
    const next = tree.children[i + 1];
    const split = /^(?:(?:written|posted|published) )?by:?$/i.test(text) && (next?.type === 'paragraph' || next?.type === 'heading');
    if (split) text = `${text.replace(/:$/, '')} ${toString(next).trim()}`;
    const m = BYLINE.exec(text.replace(/^(?:(?:written|posted|published) )?by\b/i, (w) => w.toLowerCase()));
    // What follows the name is a date or a role ("Senior Engineer"), not a sentence.
    const tail = m?.[2]?.trim() ?? '';
    if (!m || (tail && !readDate(tail).date && (tail.split(/\s+/).length > 5 || /[.!?]$/.test(tail)))) continue;
    tree.children.splice(i, split ? 2 : 1);
    const out: Byline = { author: m[1]!.replace(/[.,]$/, ''), removed: { text, reason: 'byline', line: (node.position?.start.line ?? 1) + bodyLine - 1 } };
    const date = tail ? readDate(tail).date : undefined;
    if (date) out.date = date;
    return out;
  }
  return {};
}
