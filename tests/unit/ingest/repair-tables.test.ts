import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toString } from 'mdast-util-to-string';
import type { Table } from 'mdast';
import { parseMarkdown } from '../../../src/ingest/pipeline.ts';
import { repairTables } from '../../../src/ingest/steps/repair-tables.ts';

const header = (md: string) => {
  const tree = parseMarkdown(md);
  const repairs = repairTables(tree);
  return { repairs, tables: tree.children.filter((n): n is Table => n.type === 'table').map((t) => t.children.map((r) => r.children.map((c) => toString(c)))) };
};

test('well-formed tables are left alone, including ones with an empty last cell', () => {
  const r = header('| Feature | Flask | Django |\n|---|---|---|\n| Admin | | Yes |\n| ORM | No | |\n');
  assert.deepEqual(r.repairs, []);
  assert.deepEqual(r.tables[0]![0], ['Feature', 'Flask', 'Django']);
  // A header with an empty last cell over rows that leave it empty too is a real empty column.
  assert.deepEqual(header('| A | B | |\n|---|---|---|\n| x | y | |\n').repairs, []);
});

test('one-cell rows whose groups differ in width are not rebuilt', () => {
  const r = header('| A | B |\n|---|---|\n| x | y |\nOne |\nTwo |\n|\nThree |\n');
  assert.deepEqual(r.repairs, []);
  assert.equal(r.tables.length, 1);
});
