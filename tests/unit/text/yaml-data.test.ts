import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { ContentError, readContentFile } from '../../../src/content/load.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { MAX_DATA_NODES, parseYamlData, YamlDataError } from '../../../src/text/yaml-data.ts';

test('data files read as the yaml package reads them: dates and version-like values stay strings, an empty file is null', () => {
  const text = 'date: 2024-01-01\nversion: 1.10\nname: "Flask"\nyes: no\nlist: [1, 0x10, .inf, ~, true]\nblock: |\n  two\n  lines\n';
  assert.deepEqual(parseYamlData(text), parse(text));
  assert.equal((parseYamlData(text) as { date: unknown }).date, '2024-01-01');
  assert.equal(parseYamlData(''), null);
  assert.equal(parseYamlData('# only a comment\n'), null);
});

test('a syntax error names its line and column', () => {
  assert.throws(
    () => parseYamlData('title: ok\nsubjects:\n  - a\n - b\n'),
    (e: unknown) => e instanceof YamlDataError && e.line === 4 && e.column === 2 && /indentation/.test(e.message),
  );
  assert.throws(
    () => parseYamlData('a: 1\na: 2\n'),
    (e: unknown) => e instanceof YamlDataError && /duplicat/i.test(e.message) && e.line !== undefined,
  );
});

test('aliases of aliases that expand past the limit are refused before any schema walks them', () => {
  // Nine levels of ten aliases: a billion values in ten lines.
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  assert.throws(
    () => parseYamlData(`${lines.join('\n')}\n`),
    (e: unknown) => e instanceof YamlDataError && e.message.includes(MAX_DATA_NODES.toLocaleString('en')),
  );
  // A few aliases are fine.
  assert.deepEqual(parseYamlData('base: &b [1, 2]\ncopy: *b\n'), { base: [1, 2], copy: [1, 2] });
});

test('a comparison file that is not YAML is reported as file:line:col with the reason', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'yaml-data-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'site.yaml'), 'title: "Flask vs Django\nquestion: x\n');
  assert.throws(
    () => readContentFile('site.yaml', siteSchema, { dir }),
    (e: unknown) => e instanceof ContentError && new RegExp(`^${join(dir, 'site.yaml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: cannot be read as YAML \\(.+\\)\\.$`).test(e.message),
  );
  writeFileSync(join(dir, 'site.yaml'), '');
  assert.equal(readContentFile('site.yaml', siteSchema, { dir, optional: true }), undefined);
});
