import type { Table, TableCell } from 'mdast';
import type { SubjectMatcher } from '../../text/match.ts';

/**
 * A two-column HTML table copied as text can collapse into one line per row, each cell prefixed by the
 * row's label (the way responsive tables print `data-label`): "Routing: Decorators Routing: A urls.py
 * list". Consecutive lines that repeat their own label are rebuilt as a table; its column headers are the
 * two subjects the line just above names, in its order, when it names two (else they stay empty).
 */
const ROW = /^(\S.{0,59}?):\s+(\S.*?)\s+\1:\s+(\S.*)$/u;
const MAX_ROW = 400;

function cell(value: string): TableCell {
  return { type: 'tableCell', children: value ? [{ type: 'text', value }] : [] };
}

export interface CollapsedTable {
  end: number;
  table: Table;
  /** The row labels as repeated in each line: written once in the table. */
  folded: string[];
}

export function collapsedTableAt(lines: readonly string[], i: number, subjects: SubjectMatcher, line: (i: number) => number): CollapsedTable | undefined {
  const rows: string[][] = [];
  let end = i;
  for (let k = i; k < lines.length; k++) {
    const t = lines[k]!.trim().replace(/\s+/g, ' ');
    if (!t) continue;
    // The repeated-label pattern backtracks over the line for each label length: long lines are prose.
    const m = t.length <= MAX_ROW ? ROW.exec(t) : null;
    if (!m) break;
    rows.push([m[1]!, m[2]!, m[3]!]);
    end = k + 1;
  }
  if (rows.length < 2) return undefined;
  let above = i - 1;
  while (above >= 0 && !lines[above]!.trim()) above--;
  const text = above >= 0 ? lines[above]!.trim() : '';
  const found = subjects.positions(text);
  const names = new Set(found.map((p) => p.id)).size === 2 && found.length === 2 ? found.map((p) => text.slice(p.index, p.index + p.length)) : ['', ''];
  const at = { start: { line: line(i), column: 1 }, end: { line: line(i), column: 1 } };
  return {
    end,
    folded: rows.map((r) => r[0]!),
    table: {
      type: 'table',
      align: [null, null, null],
      position: at,
      children: [{ type: 'tableRow', children: [cell(''), ...names.map(cell)] }, ...rows.map((r) => ({ type: 'tableRow' as const, children: r.map(cell) }))],
    },
  };
}
