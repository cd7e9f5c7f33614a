import type { Table } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../markdown-parse.ts';

/**
 * A page dump keeps a table the page showed as pipe rows (`| Feature | A | B |` over `|---|---|---|`),
 * while the rest of the page is bare lines. Structure recovery reads the bare lines itself and hands a
 * pipe block to the Markdown parser, so the table is a table and the lines around it stay headings and
 * paragraphs (parsing the whole dump as Markdown ran every line up to the table into one paragraph).
 */
const DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)+\|?\s*$/;

export function pipeTableAt(lines: readonly string[], i: number, firstLine: number): { end: number; table: Table } | undefined {
  if (!lines[i]!.includes('|') || i + 1 >= lines.length || !DELIMITER.test(lines[i + 1]!)) return undefined;
  let end = i + 2;
  while (end < lines.length && lines[end]!.includes('|') && lines[end]!.trim() !== '') end++;
  const tree = parseMarkdown(lines.slice(i, end).join('\n'));
  const table = tree.children[0];
  if (table?.type !== 'table' || tree.children.length !== 1) return undefined;
  // Positions as lines of the whole source, as every other recovered node has them.
  visit(table, (n) => {
    if (!n.position) return;
    n.position = { start: { ...n.position.start, line: n.position.start.line + firstLine + i - 1 }, end: { ...n.position.end, line: n.position.end.line + firstLine + i - 1 } };
  });
  return { end, table };
}
