import type { Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import type { Section } from '../../schemas/article.ts';
import { FACTS, USE_CASES } from '../../schemas/reserved.ts';
import type { Claim } from '../../schemas/claim.ts';
import { analyseSentence, type SentenceContext } from '../claims/analyse-sentence.ts';
import { cellMark, MARKED_ROW_TOPIC } from '../claims/cell-marks.ts';
import { judgeCell, type CellJudgement } from '../claims/evaluative.ts';
import { readFacts } from '../claims/facts.ts';
import type { IngestContext } from '../context.ts';
import { sentences, wrapRanges } from '../../text/phrasing.ts';
import { splitSections } from './classify.ts';
import { phrasingText } from '../../text/phrasing.ts';

// Grammar of list headings, true for any subject pair: which way a list leans.
const PROS = /\b(pros|advantages?|benefits|strengths|upsides?|why choose)\b/i;
const CONS = /\b(cons|disadvantages?|drawbacks?|weaknesses|limitations|downsides?)\b/i;

interface Scope extends SentenceContext {
  /** Under a use-case heading or lead-in ("When to choose X", "X shines in:"). */
  useCase?: boolean;
  /** A list item or table cell: short items under a use-case heading are use cases themselves. */
  listed?: boolean;
}

function polarityOf(text: string): -1 | 0 | 1 {
  const pro = PROS.test(text);
  const con = CONS.test(text);
  return pro === con ? 0 : pro ? 1 : -1;
}

function anchorSpan(id: string, children: PhrasingContent[]): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'id', value: id },
      { type: 'mdxJsxAttribute', name: 'class', value: 'claim' },
    ],
    children: children as MdxJsxTextElement['children'],
  };
}

/**
 * The topic a "Feature | X | Y" row is about: a cue in its label; else a label that is one of a topic's
 * search aliases as a whole ("Speed"), when no other topic lists it; else, for a row answered with marks
 * ("Org mode | No | Yes"), the built-in features, which is what a yes/no row is about.
 */
function topicOfRow(label: string, marks: boolean, ctx: IngestContext): string | undefined {
  const cued = ctx.lexicon.hits(label).find((h) => h.topic !== USE_CASES)?.topic;
  if (cued) return cued;
  const alias = ctx.lexicon.aliasTopic(label);
  if (alias) return alias;
  return marks && ctx.topics.some((t) => t.id === MARKED_ROW_TOPIC) ? MARKED_ROW_TOPIC : undefined;
}

/**
 * A row is read as a comparison: when its two answers lean the same way but one says more ("High" and
 * "Very high", "Good" and "Better"), the weaker one is no claim of its own. Returns the weaker cell's
 * index among the answers, or -1.
 */
function weakerCell(cells: readonly string[], label: string): number {
  if (cells.length !== 2 || cells.some((c) => cellMark(c))) return -1;
  const [a, b] = cells.map((c) => judgeCell(c, label)) as [CellJudgement, CellJudgement];
  if (a.polarity === 0 || a.polarity !== b.polarity || a.score === b.score) return -1;
  return Math.abs(a.score) < Math.abs(b.score) ? 0 : 1;
}

const STANCE = { '1': 'favours', '-1': 'disfavours', '0': 'neutral' } as const;

/**
 * Finds what each sentence, list item and table cell says about each subject on each topic, wraps each
 * such sentence in an anchored `<span>` so the site can link to it, and returns the claims.
 */
export function extractClaims(tree: Root, article: string, sections: Section[], ctx: IngestContext): Claim[] {
  const claims: Claim[] = [];
  const headingIds = new Set(sections.map((s) => s.id));
  let unit = 0;
  let previous: string | undefined;
  const stack: Array<{ depth: number; subject: string | undefined }> = [];

  /** One sentence or cell: its claims, and whether it needs an anchor. */
  const read = (text: string, scope: Scope, section: string, mark?: { polarity: 1 | -1; cue: string }): string | undefined => {
    const index = unit++;
    const quote = text.trim();
    if (!quote) return undefined;
    const { statements, subject } = analyseSentence(quote, { ...scope, previous }, ctx.subjectMatcher, ctx.lexicon);
    previous = subject ?? previous;
    // A heading whose text slugs to "c-3" would give the page two elements with one id.
    let anchor = `c-${index}`;
    while (headingIds.has(anchor)) anchor = `${anchor}x`;
    const found = new Map<string, Claim>();
    const add = (c: Omit<Claim, 'id' | 'article' | 'quote' | 'anchor' | 'section'>) => {
      const key = `${c.subject}-${c.topic}`;
      if (!found.has(key)) found.set(key, { id: `${article}-${index}-${key}`, article, quote, anchor, section, ...c });
    };
    for (const s of statements) {
      if (s.polarity === 0) continue;
      const kind = s.topic === USE_CASES ? 'use-case' : s.versus ? 'comparison' : 'attribute';
      add({ subject: s.subject, topic: s.topic, stance: STANCE[s.polarity], kind, cue: s.cue, ...(s.versus ? { versus: s.versus } : {}) });
    }
    const owner = subject ?? scope.subject;
    // A "✅" or "No" cell says nothing in words: its row label gives the topic and its column the subject.
    if (mark && found.size === 0 && owner && scope.topic) add({ subject: owner, topic: scope.topic, stance: STANCE[mark.polarity], kind: 'attribute', cue: mark.cue });
    if (scope.useCase && scope.listed && owner && !found.has(`${owner}-${USE_CASES}`)) {
      add({ subject: owner, topic: USE_CASES, stance: 'favours', kind: 'use-case', cue: 'listed under a use-case heading' });
    }
    // Dates of origin, people, licences and counts: statements of fact rather than opinion.
    for (const f of readFacts(quote, ctx.subjectMatcher.mentions(quote), owner, (t) => ctx.subjectMatcher.mentions(t)))
      add({ subject: f.subject, topic: FACTS, stance: 'neutral', kind: 'fact', cue: f.facts.length ? 'key fact' : 'date or count', ...(f.facts.length ? { facts: f.facts } : {}) });
    claims.push(...found.values());
    return found.size ? anchor : undefined;
  };

  const paragraph = (node: Paragraph, scope: Scope, section: string) => {
    // "It" never reaches back across a paragraph: a new paragraph starts from what its scope says.
    previous = scope.subject;
    const text = phrasingText(node.children);
    const ranges: Array<{ start: number; end: number; id: string }> = [];
    for (const s of sentences(text)) {
      const id = read(s.text, scope, section);
      if (id) ranges.push({ start: s.start, end: s.start + text.slice(s.start, s.end).trimEnd().length, id });
    }
    if (ranges.length) node.children = wrapRanges(node.children, ranges, (i, inner) => anchorSpan(ranges[i]!.id, inner));
  };

  const table = (node: Table, scope: Scope, section: string) => {
    const [header, ...rows] = node.children;
    if (!header) return;
    const columns = header.children.map((cell) => {
      const text = phrasingText(cell.children);
      const named = ctx.subjectMatcher.mentions(text);
      return { subject: named.length === 1 ? named[0] : undefined, polarity: polarityOf(text), useCase: ctx.lexicon.hits(text).some((h) => h.topic === USE_CASES) };
    });
    // In "Feature | X | Y" tables the first column names the topic of its row.
    const rowLabels = columns[0]?.subject === undefined && columns.some((c) => c.subject);
    for (const row of rows) {
      const label = rowLabels ? phrasingText(row.children[0]?.children ?? []) : '';
      const marks = row.children.slice(1).some((cell) => cellMark(phrasingText(cell.children)));
      const rowTopic = label ? topicOfRow(label, marks, ctx) : undefined;
      const weaker = rowTopic
        ? weakerCell(
            row.children.slice(1).map((cell) => phrasingText(cell.children)),
            label,
          )
        : -1;
      row.children.forEach((cell, i) => {
        if (rowLabels && i === 0) return;
        const col = columns[i];
        const text = phrasingText(cell.children);
        const marked = rowTopic ? cellMark(text) : undefined;
        const cellScope: Scope = {
          subject: col?.subject ?? scope.subject,
          polarity: col?.polarity || scope.polarity || 0,
          topic: rowTopic,
          // A mark answers the row by itself (in read); any other short cell is judged against the label.
          rowLabel: rowTopic && !marked && i - 1 !== weaker ? label : undefined,
          useCase: col?.useCase ?? false,
          listed: true,
        };
        // Nor across table cells: each cell is read on its own.
        previous = cellScope.subject;
        const id = read(text, cellScope, section, marked && { polarity: marked.polarity, cue: `"${marked.mark}" in the "${label.trim()}" row` });
        if (id) cell.children = [anchorSpan(id, cell.children)];
      });
    }
  };

  const block = (node: RootContent, next: RootContent | undefined, scope: Scope, section: string): Scope | undefined => {
    if (node.type === 'paragraph') {
      paragraph(node, scope, section);
      const text = phrasingText(node.children).trim();
      // "X shines in these cases:" before a list: the items are about X, and of that kind.
      if (next?.type === 'list' && text.endsWith(':')) {
        const named = ctx.subjectMatcher.mentions(text);
        return {
          subject: named.length === 1 ? named[0] : scope.subject,
          polarity: polarityOf(text) || scope.polarity || 0,
          useCase: scope.useCase || ctx.lexicon.hits(text).some((h) => h.topic === USE_CASES),
        };
      }
    } else if (node.type === 'list') {
      const itemScope = { ...scope, listed: true };
      for (const item of node.children) item.children.forEach((child, i) => block(child, item.children[i + 1], itemScope, section));
    } else if (node.type === 'table') table(node, scope, section);
    else if (node.type === 'blockquote') node.children.forEach((child, i) => block(child, node.children[i + 1], scope, section));
    return undefined;
  };

  splitSections(tree).forEach((part, i) => {
    const heading = sections[i]?.heading ?? '';
    const depth = part.heading?.depth ?? 0;
    while (stack.length && stack.at(-1)!.depth >= depth) stack.pop();
    const named = ctx.subjectMatcher.mentions(heading);
    // "X: Security" is about one subject; "Security" under "## X" is too; "X vs Y" is about neither alone.
    const subject = named.length === 1 ? named[0] : named.length === 0 ? stack.at(-1)?.subject : undefined;
    if (depth > 0) stack.push({ depth, subject });
    const base: Scope = { subject, polarity: polarityOf(heading), useCase: ctx.lexicon.hits(heading).some((h) => h.topic === USE_CASES) };
    previous = subject;
    let lead: Scope | undefined;
    part.blocks.forEach((node, j) => {
      // A lead-in paragraph's scope applies to the list right after it, and only to that list.
      lead = block(node, part.blocks[j + 1], node.type === 'list' && lead ? lead : base, heading);
    });
  });
  return claims;
}
