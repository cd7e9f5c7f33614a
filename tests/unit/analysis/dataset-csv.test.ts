import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { stringify } from 'csv-stringify/sync';
import { CLAIM_FIELDS, claimsCsv, type DatasetClaim } from '../../../src/analysis/dataset.ts';

const row = (values: Partial<DatasetClaim>): DatasetClaim => ({ ...(Object.fromEntries(CLAIM_FIELDS.map((f) => [f, ''])) as DatasetClaim), ...values });

test('claims.csv: a header, CRLF rows, quoting and doubled quotes where a field needs them', () => {
  const csv = claimsCsv([row({ id: 'a', quote: 'Flask is "micro", they say' }), row({ id: 'b', quote: 'one\ntwo', cue: 'x\ry' })]);
  const lines = csv.split('\r\n');
  assert.equal(lines[0], CLAIM_FIELDS.join(','));
  assert.equal(lines[1], 'a,,,,,,,"Flask is ""micro"", they say",,,,,,');
  // A lone line feed or carriage return is inside quotes, so no reader takes it for the end of a row.
  assert.equal(lines[2], 'b,,,,,,,"one\ntwo",,,"x\ry",,,');
  assert.equal(lines.length, 4);
  assert.equal(lines[3], '', 'the last row ends in CRLF too');
});

test('claims.csv: a cell a spreadsheet would run as a formula starts with an apostrophe', () => {
  const csv = claimsCsv([row({ id: 'f', quote: '=HYPERLINK("x")', cue: '+1', section: '-2', versus: '@a', curated: '\tb' })]);
  assert.equal(csv.split('\r\n')[1], `f,,,,,,'@a,"'=HYPERLINK(""x"")",,'-2,'+1,'\tb,,`);
});

test('claims.csv is what csv-stringify writes for the same rows (the seeds’ claims and awkward fields)', () => {
  const claims = JSON.parse(readFileSync('content/claims.json', 'utf8')) as Record<string, unknown>[];
  const rows = claims.map((c) => row(Object.fromEntries(CLAIM_FIELDS.map((f) => [f, typeof c[f] === 'string' ? c[f] : JSON.stringify(c[f] ?? '')]))));
  rows.push(row({ id: 'odd', quote: 'a,b', cue: 'q"q', section: ' lead and trail ', facts: 'k=v; k2="v2"', url: '"' }));
  assert.ok(rows.length > 100, `${rows.length} rows`);
  const safe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  const expected = stringify(
    rows.map((r) => CLAIM_FIELDS.map((f) => safe(r[f]))),
    { header: true, columns: [...CLAIM_FIELDS], record_delimiter: 'windows' },
  );
  assert.equal(claimsCsv(rows), expected);
});
