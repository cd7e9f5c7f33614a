import type { Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ArticleData } from '../../schemas/article.ts';

type Repair = ArticleData['repairs'][number];

/**
 * Tables copied out of web pages lose their shape in two common ways, and then every cell sits under
 * the wrong subject or a second table reads as dozens of one-cell rows:
 *
 * - the header is shifted by one: `| A | B | |` (or `| A | B |`) over rows `| label | a | b |`, because
 *   the page's empty corner cell was dropped. The header gets its corner back.
 * - a second table was flattened to one cell per line (`Performance |`, `High |`, ...) with `|` lines
 *   between its rows, and with no blank line it continues the table above. Those rows are taken out and
 *   rebuilt as their own table when their groups all have the same width.
 *
 * Cells are only moved, never dropped; each change is counted in the repairs.
 */
const cellText = (c: TableCell | undefined) => (c ? toString(c).trim() : '');
const emptyCell = (): TableCell => ({ type: 'tableCell', children: [] });

function shiftHeader(table: Table): boolean {
  const [head, ...rows] = table.children;
  if (!head || rows.length === 0) return false;
  const width = head.children.length;
  const labelled = rows.every((r) => cellText(r.children[0]) !== '');
  const corner = cellText(head.children[0]) !== '';
  // `| A | B | |` over full rows: the trailing empty header cell is the corner, misplaced.
  const trailingEmpty = width >= 3 && corner && cellText(head.children[width - 1]) === '' && rows.every((r) => r.children.length === width && cellText(r.children[width - 1]) !== '');
  // `| A | B |` over `| label | a | b |`: the corner is missing altogether.
  const missing = width >= 2 && corner && rows.every((r) => r.children.length === width + 1 && cellText(r.children[width]) !== '');
  if (!labelled || !(trailingEmpty || missing)) return false;
  head.children = [emptyCell(), ...(trailingEmpty ? head.children.slice(0, -1) : head.children)];
  if (missing) table.align = [null, ...(table.align ?? [])];
  return true;
}

/** One-cell rows at the end of a wider table, grouped at their empty rows; a table when the groups agree. */
function splitFlattened(table: Table): Table | undefined {
  const rows = table.children;
  if ((rows[0]?.children.length ?? 0) < 2) return undefined;
  let from = rows.length;
  while (from > 1 && rows[from - 1]!.children.filter((c) => cellText(c) !== '').length <= 1 && rows[from - 1]!.children.slice(1).every((c) => cellText(c) === '')) from--;
  const tail = rows.slice(from);
  const groups: TableRow[][] = [[]];
  for (const r of tail) {
    if (cellText(r.children[0]) === '') {
      if (groups.at(-1)!.length) groups.push([]);
    } else groups.at(-1)!.push(r);
  }
  if (!groups.at(-1)!.length) groups.pop();
  const width = groups[0]?.length ?? 0;
  if (groups.length < 2 || width < 2 || groups.some((g) => g.length !== width)) return undefined;
  table.children = rows.slice(0, from);
  const position = tail[0]!.position;
  return {
    type: 'table',
    align: Array<null>(width).fill(null),
    children: groups.map((g) => ({ type: 'tableRow', children: g.map((r) => r.children[0]!) })),
    ...(position ? { position } : {}),
  };
}

export function repairTables(tree: Root): Repair[] {
  let shifted = 0;
  let rebuilt = 0;
  const out: RootContent[] = [];
  for (const node of tree.children) {
    out.push(node);
    if (node.type !== 'table') continue;
    const second = splitFlattened(node);
    if (second) {
      rebuilt++;
      out.push(second);
    }
    for (const t of second ? [node, second] : [node]) if (shiftHeader(t)) shifted++;
  }
  tree.children = out;
  const repairs: Repair[] = [];
  if (shifted) repairs.push({ kind: 'table-header', count: shifted, detail: 'header row shifted by one (its empty corner cell was missing or misplaced) put back over its columns' });
  if (rebuilt) repairs.push({ kind: 'table-rebuilt', count: rebuilt, detail: 'a table flattened to one cell per line rebuilt from its rows' });
  return repairs;
}
