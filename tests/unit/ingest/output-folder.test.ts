import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { removeStaleTemps, writeAtomic } from '../../../src/ingest/output-folder.ts';

test('removeStaleTemps deletes only the temporary files of runs that are gone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'output-folder-'));
  // No process has this id (Linux's pid_max is at most 2^22).
  const gone = 2 ** 30;
  const names = [
    `a.mdx.${gone}.tmp`, // a killed run's article: deleted
    `claims.json.${gone}.tmp`, // a killed run's claims: deleted
    `b.mdx.${process.pid}.tmp`, // this process is writing it: kept
    `c.mdx.${process.ppid}.tmp`, // another run, still going: kept
    'notes.tmp', // not a name writeAtomic gives: kept
    `d.txt.${gone}.tmp`, // nor this
    'e.mdx',
  ];
  for (const n of names) writeFileSync(join(dir, n), 'x');
  assert.deepEqual(removeStaleTemps(dir).sort(), [`a.mdx.${gone}.tmp`, `claims.json.${gone}.tmp`]);
  assert.deepEqual(readdirSync(dir).sort(), names.slice(2).sort());
  assert.deepEqual(removeStaleTemps(join(dir, 'missing')), []);
});

test('writeAtomic leaves the new file and no temporary one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'output-folder-'));
  writeFileSync(join(dir, 'a.mdx'), 'old');
  writeAtomic(join(dir, 'a.mdx'), 'new');
  assert.deepEqual(readdirSync(dir), ['a.mdx']);
});
