import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ArticleData } from '../../schemas/article.ts';
import type { SubjectMatcher } from '../../text/match.ts';
import { boilerplateReason } from './boilerplate.ts';
import { collapsedTableAt } from './collapsed-table.ts';
import { keyValueTableAt } from './key-value.ts';
import { pipeTableAt } from './pipe-table.ts';
import { codeBlockAt, codeText } from './unfenced-code.ts';

type Removed = ArticleData['removed'][number];
type Repair = ArticleData['repairs'][number];

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

/**
 * "PostgreSQL: Fully ACID compliant" is a labelled statement, not a heading: its value reads as a phrase
 * (a lower-case word of four letters or more), where a heading's is in title case ("Redis: A Lightweight
 * Marvel") or a question.
 */
function labelledStatement(t: string): boolean {
  const m = LABEL.exec(t);
  if (!m || words(m[1]!) > 5 || /\?$/.test(t)) return false;
  return /(^|\s)\p{Ll}{4,}/u.test(m[2]!);
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

/**
 * Text with `backtick` spans as inline code: a dump copied from Markdown or a page's <code> keeps the
 * backticks, which would otherwise show as literal quotes around the names.
 */
function inline(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of text.matchAll(/`([^`\n]+)`/g)) {
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push({ type: 'inlineCode', value: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

function paragraph(text: string, line: number): Paragraph {
  const label = LABEL.exec(text);
  // Short labels become bold, as the page showed them; long "labels" are ordinary sentences with a colon.
  if (label && words(label[1]!) <= 5) {
    return {
      type: 'paragraph',
      position: at(line),
      children: [{ type: 'strong', children: [{ type: 'text', value: `${label[1]}:` }] }, ...inline(` ${label[2]}`)],
    };
  }
  return { type: 'paragraph', position: at(line), children: inline(text) };
}

export interface Recovered {
  tree: Root;
  /** Site chrome before the title and names folded into table headers, each listed. */
  removed: Removed[];
  repairs: Repair[];
  /** The first line, when it is the page title. */
  title?: string;
  /** 1-based line of the title in the text. */
  titleLine?: number;
  /** 1-based lines that repeated the title and were dropped. */
  repeats?: number[];
}

// A blog's name and tagline can stand above the real title; the title is the first line naming two
// subjects when one does among the first few.
const TITLE_LOOKAHEAD = 4;
const COMPARING = /\b(vs\.?|versus|or|compared|comparing|comparison|difference|between|against)\b/i;

export function recoverStructure(text: string, firstLine: number, subjects: SubjectMatcher): Recovered {
  const lines = text.split('\n');
  const children: RootContent[] = [];
  const removed: Removed[] = [];
  let title: string | undefined;
  let titleLine: number | undefined;
  const repeats: number[] = [];
  let list: List | undefined;
  let sawH2 = false;
  let codeBlocks = 0;
  let kvTables = 0;
  const clean = (i: number) => lines[i]!.trim().replace(/\s+/g, ' ');

  // Site chrome ("Acme Blog logo", "Skip to content") and a blog's name and tagline above the title are
  // not the article: they are listed as removed, and the title is the line after them.
  let firstContent = lines.findIndex((l) => l.trim() !== '');
  const chrome = (i: number, why: string) => removed.push({ text: clean(i), reason: why, line: firstLine + i });
  while (firstContent >= 0 && boilerplateReason(clean(firstContent)) === 'site-chrome') {
    chrome(firstContent, 'site-chrome');
    firstContent = lines.findIndex((l, k) => k > firstContent && l.trim() !== '');
  }
  if (firstContent >= 0 && looksLikeHeading(clean(firstContent)) && subjects.mentions(clean(firstContent)).length < 2) {
    const ahead: number[] = [];
    for (let k = firstContent; k < lines.length && ahead.length < TITLE_LOOKAHEAD; k++) if (lines[k]!.trim()) ahead.push(k);
    // A title line, not a bare "A vs B" label: it names both, sets them against each other, and says more.
    const titleLike = (t: string) => looksLikeHeading(t) && subjects.mentions(t).length >= 2 && COMPARING.test(t) && words(t) >= 4;
    const named = ahead.findIndex((k) => titleLike(clean(k)));
    if (named > 0 && ahead.slice(0, named).every((k) => looksLikeHeading(clean(k)) || clean(k).split(' ').length <= 12)) {
      for (const k of ahead.slice(0, named)) chrome(k, 'site-name');
      firstContent = ahead[named]!;
    }
  }
  const skipped = new Set(removed.map((r) => r.line - firstLine));
  // Whether any text follows a line, precomputed: searching the rest of the file per line made a
  // 2 MB page dump take seconds (quadratic).
  const lastContent = lines.findLastIndex((l) => l.trim() !== '');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = raw.trim().replace(/\s+/g, ' ');
    const line = firstLine + i;
    if (!t || skipped.has(i)) {
      list = undefined;
      continue;
    }
    // The <title> and the <h1> again, a line or two below (after "14 min read" and the like).
    if (title !== undefined && t === title && i - firstContent <= TITLE_LOOKAHEAD + 2) {
      repeats.push(line);
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
    const pipes = pipeTableAt(lines, i, firstLine);
    if (pipes) {
      list = undefined;
      children.push(pipes.table);
      i = pipes.end - 1;
      continue;
    }
    const code = codeBlockAt(lines, i);
    if (code) {
      list = undefined;
      children.push({ type: 'code', lang: code.lang, meta: null, value: codeText(lines.slice(i, code.end)), position: at(line) });
      codeBlocks++;
      i = code.end - 1;
      continue;
    }
    // "Label: a Label: b" lines, then "Label:" / "A: …" groups: both become one table, and the labels
    // written once in it are listed as folded.
    const rebuilt = collapsedTableAt(lines, i, subjects, (k) => firstLine + k) ?? keyValueTableAt(lines, i, subjects, (k) => firstLine + k);
    if (rebuilt) {
      list = undefined;
      children.push(rebuilt.table);
      kvTables++;
      if (rebuilt.folded.length) removed.push({ text: rebuilt.folded.join(' '), reason: 'table-labels', line });
      i = rebuilt.end - 1;
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
      let itemText = bullet[2]!.trim();
      // "- Responsive Grid System:" with its explanation on the next bare line: one item, as the page
      // showed it, so the explanation is read with its label.
      const after = lines[i + 1]?.trim().replace(/\s+/g, ' ') ?? '';
      if (itemText.endsWith(':') && after && !BULLET.test(lines[i + 1]!) && !NUMBERED.test(lines[i + 1]!) && !looksLikeHeading(after) && !codeBlockAt(lines, i + 1)) {
        itemText = `${itemText} ${after}`;
        i++;
      }
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(itemText, line) as BlockContent], position: at(line) };
      list.children.push(item);
      continue;
    }
    list = undefined;
    if (looksLikeHeading(t) && !labelledStatement(t) && i < lastContent) {
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
  const repairs: Repair[] = [];
  if (codeBlocks) repairs.push({ kind: 'code-block', count: codeBlocks, detail: 'code lines without fences kept as code blocks, indentation kept' });
  if (kvTables)
    repairs.push({
      kind: 'key-value-table',
      count: kvTables,
      detail: '"Label:" lines followed by one "Name: value" line per subject, or "Label: a Label: b" lines, read as a table',
    });
  return title === undefined ? { tree, removed, repairs } : { tree, removed, repairs, title, titleLine: titleLine!, repeats };
}
