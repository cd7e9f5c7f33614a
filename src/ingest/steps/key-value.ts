import type { Table, TableCell } from 'mdast';
import type { SubjectMatcher } from '../../text/match.ts';

/**
 * PDFs and slide exports lay a comparison out as label lines, each followed by one line per subject:
 *
 *     Transactions:
 *     PostgreSQL: Fully ACID compliant
 *     MySQL: ACID with InnoDB
 *
 * Read line by line, each "Name: value" looks like a heading. This finds such groups and turns them
 * into one table (row label, one column per name), the shape the claims reader understands.
 */
const LABEL_LINE = /^(\S.{0,79}):$/;
const PAIR = /^([^:]{1,40}?):\s+(\S.*)$/;

function cell(value: string): TableCell {
  return { type: 'tableCell', children: value ? [{ type: 'text', value }] : [] };
}

function group(lines: readonly string[], i: number): { label: string; names: string[]; values: string[]; end: number } | undefined {
  const label = LABEL_LINE.exec(lines[i]!.trim())?.[1];
  if (!label || label.split(/\s+/).length > 8) return undefined;
  const names: string[] = [];
  const values: string[] = [];
  let k = i + 1;
  for (; k < lines.length; k++) {
    const m = PAIR.exec(lines[k]!.trim());
    if (!m || m[1]!.split(/\s+/).length > 4) break;
    names.push(m[1]!.trim());
    values.push(m[2]!.trim());
  }
  if (names.length < 2 || new Set(names.map((n) => n.toLowerCase())).size !== names.length) return undefined;
  return { label, names, values, end: k };
}

/** A table made of the key/value groups starting at line `i` (end exclusive), or undefined. */
export interface KeyValueTable {
  end: number;
  table: Table;
  groups: number;
  /** The names as repeated in groups after the first: written once, as column headers, in the table. */
  folded: string[];
}

export function keyValueTableAt(lines: readonly string[], i: number, subjects: SubjectMatcher, line: (i: number) => number): KeyValueTable | undefined {
  const first = group(lines, i);
  if (!first) return undefined;
  const same = (names: string[]) => names.join('\n').toLowerCase() === first.names.join('\n').toLowerCase();
  const rows = [first];
  let end = first.end;
  for (;;) {
    let k = end;
    while (k < lines.length && lines[k]!.trim() === '') k++;
    const next = k < lines.length ? group(lines, k) : undefined;
    if (!next || !same(next.names)) break;
    rows.push(next);
    end = next.end;
  }
  // One group alone is a comparison only if its names are the subjects; two or more agree with each other.
  if (rows.length < 2 && !first.names.every((n) => subjects.mentions(n).length === 1)) return undefined;
  const at = (n: number) => ({ start: { line: line(n), column: 1 }, end: { line: line(n), column: 1 } });
  const table: Table = {
    type: 'table',
    align: Array<null>(first.names.length + 1).fill(null),
    position: at(i),
    children: [{ type: 'tableRow', children: [cell(''), ...first.names.map(cell)] }, ...rows.map((r) => ({ type: 'tableRow' as const, children: [cell(r.label), ...r.values.map(cell)] }))],
  };
  return { end, table, groups: rows.length, folded: rows.slice(1).flatMap((r) => r.names) };
}
