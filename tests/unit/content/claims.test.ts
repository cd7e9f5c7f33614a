import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readClaims } from '../../../src/content/claims.ts';
import { ContentError } from '../../../src/content/load.ts';

const claim = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  article: 'a',
  quote: 'Flask is small.',
  anchor: 'c-1',
  section: 'Intro',
  subject: 'flask',
  topic: 'flexibility',
  stance: 'favours',
  kind: 'attribute',
  ...extra,
});

function folder(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'claims-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('reads and validates claims.json', (t) => {
  const dir = folder(t);
  writeFileSync(join(dir, 'claims.json'), JSON.stringify([claim('a-1-flask-flexibility')]));
  const claims = readClaims(dir);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]!.subject, 'flask');
  assert.equal(claims[0]!.stance, 'favours');
});

test('a missing claims.json says to run ingest', (t) => {
  const dir = folder(t);
  assert.throws(() => readClaims(dir), (e: Error) => e instanceof ContentError && e.message.includes(join(dir, 'claims.json')) && /npm run ingest/.test(e.message));
});

test('JSON that does not parse names the file', (t) => {
  const dir = folder(t);
  writeFileSync(join(dir, 'claims.json'), '[{"id": ');
  assert.throws(() => readClaims(dir), (e: Error) => e instanceof ContentError && e.message.startsWith(`${join(dir, 'claims.json')}: cannot be read as JSON`));
});

test('a claim that breaks the schema is named by position, id and field', (t) => {
  const dir = folder(t);
  writeFileSync(join(dir, 'claims.json'), JSON.stringify([claim('ok'), claim('bad-one', { stance: 'adores' })]));
  assert.throws(
    () => readClaims(dir),
    (e: Error) => e instanceof ContentError && e.message.includes('claim 2 (bad-one): stance:') && e.message.includes('src/schemas/claim.ts'),
  );
});

test('the file is read again when it changes, not on every call', (t) => {
  const dir = folder(t);
  const path = join(dir, 'claims.json');
  writeFileSync(path, JSON.stringify([claim('one')]));
  const first = readClaims(dir);
  assert.equal(readClaims(dir), first, 'unchanged file: the same array');
  writeFileSync(path, JSON.stringify([claim('one'), claim('two')]));
  // A rewrite within the file system's time resolution still changes the size; set the time too.
  utimesSync(path, new Date(), new Date(Date.now() + 5000));
  const second = readClaims(dir);
  assert.notEqual(second, first);
  assert.deepEqual(
    second.map((c) => c.id),
    ['one', 'two'],
  );
});
