import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitFrontmatter } from '../../../src/ingest/steps/frontmatter.ts';

test('YAML frontmatter is parsed and the body starts after the fence', () => {
  const f = splitFrontmatter('---\ntitle: T\ntags: [a, b]\n---\n\nBody\n');
  assert.equal(f.kind, 'yaml');
  assert.deepEqual(f.data, { title: 'T', tags: ['a', 'b'] });
  assert.equal(f.body, '\nBody\n');
  assert.equal(f.bodyLine, 5);
  assert.deepEqual(f.problems, []);
});

test('TOML frontmatter is parsed', () => {
  const f = splitFrontmatter('+++\ntitle = "T"\nweight = 3\n+++\nBody');
  assert.equal(f.kind, 'toml');
  assert.equal(f.data.title, 'T');
  assert.equal(f.data.weight, 3);
  assert.equal(f.body, 'Body');
});

test('JSON frontmatter is parsed', () => {
  const f = splitFrontmatter('{\n  "title": "J"\n}\nBody');
  assert.equal(f.kind, 'json');
  assert.deepEqual(f.data, { title: 'J' });
  assert.equal(f.bodyLine, 4);
});

test('malformed YAML warns at the bad line and salvages key: value lines', () => {
  const f = splitFrontmatter('---\ntitle: "Open\nauthor: Bob\n---\nBody');
  assert.equal(f.body, 'Body');
  assert.equal(f.data.title, 'Open');
  assert.equal(f.data.author, 'Bob');
  assert.equal(f.problems.length, 1);
  assert.equal(f.problems[0]!.rule, 'frontmatter');
  assert.equal(f.problems[0]!.line, 2);
  assert.match(f.problems[0]!.reason, /not valid YAML/);
});

test('malformed TOML warns and salvages', () => {
  const f = splitFrontmatter('+++\ntitle = "T"\nbroken = = \n+++\nBody');
  assert.equal(f.problems.length, 1);
  assert.match(f.problems[0]!.reason, /not valid TOML/);
  assert.equal(f.data.title, 'T');
  assert.equal(f.body, 'Body');
});

test('unclosed frontmatter keeps the field lines as fields and the rest as body', () => {
  const f = splitFrontmatter('---\ntitle: T\n\n# H\ntext');
  assert.deepEqual(f.data, { title: 'T' });
  assert.equal(f.body, '\n# H\ntext');
  assert.equal(f.bodyLine, 3);
  assert.match(f.problems[0]!.reason, /never closed; read the 1 field line/);
});

test('YAML that is not a mapping is ignored with a warning', () => {
  const f = splitFrontmatter('---\n- a\n- b\n---\nBody');
  assert.deepEqual(f.data, {});
  assert.match(f.problems[0]!.reason, /not a list of fields/);
});

test('no frontmatter: the whole text is the body', () => {
  const f = splitFrontmatter('Just text\n');
  assert.equal(f.kind, 'none');
  assert.equal(f.body, 'Just text\n');
  assert.equal(f.bodyLine, 1);
});
