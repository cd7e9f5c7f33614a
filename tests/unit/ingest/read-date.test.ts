import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDate } from '../../../src/ingest/steps/read-date.ts';
import { mapFields } from '../../../src/ingest/steps/map-fields.ts';

test('the date forms blogs and exports write become the day the author wrote', () => {
  const cases: Array<[string, string]> = [
    ['2024-01-05', '2024-01-05'],
    ['2024-01-05T23:30:00-05:00', '2024-01-05'],
    ['2024/1/5', '2024-01-05'],
    ['Fri Jan 05 2024 13:16:02 GMT+0000 (Coordinated Universal Time)', '2024-01-05'],
    ['Fri Jan 05 2024 23:16:02 GMT-0800 (Pacific Standard Time)', '2024-01-05'],
    ['January 5, 2024', '2024-01-05'],
    ['Sept. 30th, 2023', '2023-09-30'],
    ['5 Jan 2024', '2024-01-05'],
    ['Friday, 5th of January 2024', '2024-01-05'],
    ['25-08-2025', '2025-08-25'],
    ['08/25/2025', '2025-08-25'],
    ['12.08.2025', '2025-08-12'],
    ['07-07-2025', '2025-07-07'],
    ['1704460562', '2024-01-05'],
  ];
  for (const [raw, want] of cases) {
    const r = readDate(raw);
    assert.equal(r.date, want, raw);
    assert.equal(r.ambiguous, undefined, raw);
  }
});

test('a numeric date that reads both ways is read month first and flagged', () => {
  assert.deepEqual(readDate('12-08-2025'), { date: '2025-12-08', ambiguous: 'read as 8 December 2025 (month first); it could also mean 12 August 2025' });
  assert.equal(readDate('03/04/2024').ambiguous, 'read as 4 March 2024 (month first); it could also mean 3 April 2024');
});

test('impossible or empty dates give nothing', () => {
  for (const raw of ['31-02-2024', '2024-13-01', 'not a date', '', '45/45/2024']) assert.deepEqual(readDate(raw), {}, raw);
});

test('Hashnode datePublished is read; an ambiguous date is passed on for a warning', () => {
  assert.equal(mapFields({ datePublished: 'Fri Jan 05 2024 13:16:02 GMT+0000 (Coordinated Universal Time)' }).date, '2024-01-05');
  const m = mapFields({ date: '12-08-2025' });
  assert.equal(m.date, '2025-12-08');
  assert.deepEqual(m.ambiguousDate, { key: 'date', value: '12-08-2025', reading: 'read as 8 December 2025 (month first); it could also mean 12 August 2025' });
});
