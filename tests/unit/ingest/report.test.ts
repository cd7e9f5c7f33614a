import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatReport, oneLine } from '../../../src/ingest/report.ts';
import { ingestOne } from '../../../src/ingest/pipeline.ts';
import { loadContext } from '../../../src/ingest/context.ts';

const ctx = loadContext('tests/fixtures/ingest/_content');

test('oneLine keeps text on one printable line, and cuts it where asked', () => {
  assert.equal(oneLine('a\nb\r\nc'), 'a ⏎ b ⏎ c');
  assert.equal(oneLine('red \u001b[31m bell \u0007'), 'red \\u001b[31m bell \\u0007');
  assert.equal(oneLine('x'.repeat(100), 10), 'xxxxxxx...');
});

test('every line of the report is the report’s own: a removed block of several lines and an escape code stay inside their line', () => {
  const source =
    '# Title \u001b[2J\n\nFlask is small and Django is big, say many.\n\nSubscribe to our newsletter.\nSubscribe to our newsletter for more comparisons.\n\n© 2024 Example Media. All rights reserved.\nSubscribe to our newsletter.\n';
  const r = ingestOne({ name: 'multi.md', bytes: new TextEncoder().encode(source) }, ctx);
  assert.ok(
    r.data.removed.some((x) => x.text.includes('\n')),
    'the fixture should remove a block of several lines',
  );
  const report = formatReport('sources', { results: [r], failures: [], skipped: [] });
  for (const line of report.split('\n')) {
    assert.ok(line === '' || /^(✓ |✗ |– | {4}\S|\d+ imported)/.test(line), `a line that is not the report's: ${JSON.stringify(line)}`);
    assert.doesNotMatch(line, /[\u0000-\u001f]/, `a raw control character in ${JSON.stringify(line)}`);
  }
});
