import type { BlockContent, Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { SubjectMatcher } from '../../text/match.ts';

/**
 * Plain-text page dumps have lost their markup: headings are bare lines, lists use "•", and every
 * paragraph sits on one line. This step rebuilds a Markdown syntax tree from such text. All text
 * becomes `text` nodes, so nothing in it is interpreted as Markdown or MDX.
 */

const BULLET = /^\s*([•●▪◦‣·*\-–—])\s+(.*)$/u;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;
// A label paragraph: "Project: A startup building ...".
const LABEL = /^([\p{Lu}][\p{L}\p{N} '’-]{0,40}):\s+(\S.*)$/u;

function at(line: number) {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}

function words(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

/** A bare line that reads like a heading: short, capitalized, no sentence-ending period, one sentence. */
export function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 100 || words(t) > 12) return false;
  if (!/^[\p{Lu}\p{N}"“'‘(\p{Extended_Pictographic}]/u.test(t)) return false;
  // Sentences end with . , ; ! and lead-ins end with ":"; questions are welcome as headings.
  if (/[.,;:!…]["”'’)]?$/u.test(t)) return false;
  // Two sentences on one line are a paragraph.
  if (/[.!?]\s+\p{Lu}/u.test(t)) return false;
  return true;
}

function paragraph(text: string, line: number): Paragraph {
  const label = LABEL.exec(text);
  // Short labels become bold, as the page showed them; long "labels" are ordinary sentences with a colon.
  if (label && words(label[1]!) <= 5) {
    return {
      type: 'paragraph',
      position: at(line),
      children: [
        { type: 'strong', children: [{ type: 'text', value: `${label[1]}:` }] },
        { type: 'text', value: ` ${label[2]}` },
      ],
    };
  }
  return { type: 'paragraph', position: at(line), children: [{ type: 'text', value: text }] };
}

export interface Recovered {
  tree: Root;
  /** The first line, when it is the page title. */
  title?: string;
  /** 1-based line of the title in the text. */
  titleLine?: number;
  /** 1-based lines that repeated the title and were dropped. */
  repeats?: number[];
}

export function recoverStructure(text: string, firstLine: number, subjects: SubjectMatcher): Recovered {
  const lines = text.split('\n');
  const children: RootContent[] = [];
  let title: string | undefined;
  let titleLine: number | undefined;
  const repeats: number[] = [];
  let list: List | undefined;
  let sawH2 = false;

  const firstContent = lines.findIndex((l) => l.trim() !== '');
  // Whether any text follows a line, precomputed: searching the rest of the file per line made a
  // 2 MB page dump take seconds (quadratic).
  const lastContent = lines.findLastIndex((l) => l.trim() !== '');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = raw.trim().replace(/\s+/g, ' ');
    const line = firstLine + i;
    if (!t) {
      list = undefined;
      continue;
    }
    if (i === firstContent && looksLikeHeading(t)) {
      title = t;
      titleLine = line;
      // Page dumps often repeat the title (the <title> and the <h1>); keep it once, list the repeats.
      while (i + 1 < lines.length && lines[i + 1]!.trim().replace(/\s+/g, ' ') === t) {
        i++;
        repeats.push(firstLine + i);
      }
      continue;
    }
    const bullet = BULLET.exec(raw) ?? NUMBERED.exec(raw);
    if (bullet) {
      const ordered = /^\d/.test(bullet[1]!);
      if (!list || list.ordered !== ordered) {
        list = { type: 'list', ordered, spread: false, children: [], position: at(line) };
        if (ordered) list.start = Number(bullet[1]);
        children.push(list);
      }
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(bullet[2]!.trim(), line) as BlockContent], position: at(line) };
      list.children.push(item);
      continue;
    }
    list = undefined;
    if (looksLikeHeading(t) && i < lastContent) {
      // "X: Security" or "X Features" under a general heading is a sub-heading.
      const mentioned = subjects.mentions(t);
      const sub = sawH2 && mentioned.length === 1 && subjects.leading(t) !== undefined;
      const heading: Heading = { type: 'heading', depth: sub ? 3 : 2, children: [{ type: 'text', value: t }], position: at(line) };
      if (!sub) sawH2 = true;
      children.push(heading);
      continue;
    }
    children.push(paragraph(t, line));
  }
  const tree: Root = { type: 'root', children };
  return title === undefined ? { tree } : { tree, title, titleLine: titleLine!, repeats };
}
