import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeBlockAt, codeText } from '../../../src/ingest/steps/unfenced-code.ts';
import { keyValueTableAt } from '../../../src/ingest/steps/key-value.ts';
import { loadContext } from '../../../src/ingest/context.ts';

test('prose lines never start a code block', () => {
  for (const line of [
    'Select the rows you need.',
    'Create Table views with the admin.',
    'SELECT statements are faster in Flask apps.',
    'Import the module first, then run it.',
    'Class-based views are nice.',
    'Use <strong> tags sparingly.',
    'Django: Fully featured',
  ])
    assert.equal(codeBlockAt([line], 0), undefined, line);
});

test('a block ends at prose once its brackets close, and keeps inner indentation', () => {
  const lines = ['    def index():', '        return "hi"', 'That is all it takes.'];
  assert.deepEqual(codeBlockAt(lines, 0), { end: 2, lang: 'python' });
  assert.equal(codeText(lines.slice(0, 2)), 'def index():\n    return "hi"');
  // An unclosed bracket does not swallow the rest of a page: a block is at most 400 lines.
  const long = ['const a = {', ...Array<string>(1000).fill('  x,')];
  assert.equal(codeBlockAt(long, 0)!.end, 400);
});

test('key/value groups: one group needs subject names, two agreeing groups need none', () => {
  const ctx = loadContext('tests/fixtures/ingest/_content');
  const at = (i: number) => i + 1;
  assert.equal(keyValueTableAt(['Speed:', 'Alpha: fast', 'Beta: slow'], 0, ctx.subjectMatcher, at), undefined);
  const two = keyValueTableAt(['Speed:', 'Alpha: fast', 'Beta: slow', '', 'Size:', 'Alpha: small', 'Beta: large', 'After.'], 0, ctx.subjectMatcher, at);
  assert.equal(two?.end, 7);
  assert.deepEqual(two?.folded, ['Alpha', 'Beta']);
  assert.equal(keyValueTableAt(['Speed:', 'Flask: fast', 'Django: slow'], 0, ctx.subjectMatcher, at)?.groups, 1);
  // The same name twice is not a comparison.
  assert.equal(keyValueTableAt(['Notes:', 'Flask: one', 'Flask: two'], 0, ctx.subjectMatcher, at), undefined);
});

test('void tags open nothing, a label line ends a block, and prose ends a block with a tag left open', () => {
  const lines = ['<div class="card">', '<img src="a.png" alt="">', '</div>', 'Tailwind:', '<div class="p-4">', '<p>Hi</p>', 'Bootstrap is more concise for standard patterns today.'];
  assert.deepEqual(codeBlockAt(lines, 0), { end: 3, lang: 'html' });
  assert.deepEqual(codeBlockAt(lines, 4), { end: 6, lang: 'html' });
});

test('hostile shapes stay linear: long lines, many blank-separated blocks, unclosed highlight tags', async () => {
  const { collapsedTableAt } = await import('../../../src/ingest/steps/collapsed-table.ts');
  const { stripMarkup } = await import('../../../src/ingest/steps/strip-markup.ts');
  const ctx = loadContext('tests/fixtures/ingest/_content');
  // A 1 MB line of "a: " would make the repeated-label pattern backtrack for minutes; it is not tried.
  const long = `${'a: '.repeat(350_000)}`;
  assert.equal(
    collapsedTableAt([long, long], 0, ctx.subjectMatcher, (i) => i + 1),
    undefined,
  );
  // Unclosed highlight tags: one search for an end tag in all, then each is listed as template markup.
  const open = Array<string>(20_000).fill('{% highlight js %}').join('\n');
  const r = stripMarkup(open, 1);
  assert.ok(r.repairs.every((x) => x.kind !== 'code-fence'));
  assert.equal(r.removed.length, 20_000);
  const blocks = Array<string>(20_000).fill('const a = 1;\n').join('\n');
  // Code resumes after each blank line, so it is one block, cut at the 400-line bound.
  assert.equal(codeBlockAt(blocks.split('\n'), 0)!.end, 399);
});
