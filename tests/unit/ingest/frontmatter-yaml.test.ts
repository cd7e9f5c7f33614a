import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { stringify } from 'yaml';
import { frontmatterYaml, YAML_OPTIONS } from '../../../src/ingest/steps/frontmatter-yaml.ts';

const reference = (data: Record<string, unknown>) => stringify(data, YAML_OPTIONS).trimEnd();

test('the layout is what yaml writes: lists under their key, maps and lists in lists, empty ones inline', () => {
  const data = {
    title: 'Flask vs Django',
    words: 12,
    tags: [],
    extra: {},
    sections: [{ id: 'a', topics: ['performance', 'orm'], subjects: [] }],
    tables: [{ align: [null, 'center'], rows: [['a', 'b'], []] }],
  };
  const expected = [
    'title: Flask vs Django',
    'words: 12',
    'tags: []',
    'extra: {}',
    'sections:',
    '  - id: a',
    '    topics:',
    '      - performance',
    '      - orm',
    '    subjects: []',
    'tables:',
    '  - align:',
    '      - null',
    '      - center',
    '    rows:',
    '      - - a',
    '        - b',
    '      - []',
  ].join('\n');
  assert.equal(frontmatterYaml(data), expected);
  assert.equal(reference(data), expected);
});

test('strings YAML would read as something else are quoted, multi-line ones are block scalars indented to their place', () => {
  const data = { date: '2024-03-18', yes: 'yes', empty: '', colon: 'a: b', removed: [{ text: 'line one\nline two', line: 3 }] };
  const expected = ['date: "2024-03-18"', 'yes: "yes"', 'empty: ""', 'colon: "a: b"', 'removed:', '  - text: |-', '      line one', '      line two', '    line: 3'].join('\n');
  // The key `yes` is quoted too: only names that are no YAML 1.1 word are written as they are.
  assert.equal(reference(data), expected.replace('yes: "yes"', '"yes": "yes"'));
  assert.equal(frontmatterYaml(data), reference(data));
});

test('undefined fields are left out, as yaml does; values it cannot take are handed to yaml whole', () => {
  assert.equal(frontmatterYaml({ a: 'x', b: undefined, c: 1 }), 'a: x\nc: 1');
  for (const odd of [{ n: 1.5 }, { d: new Date(0) }, { l: [undefined] }, { m: new Map() }, {}, { 'a b': 1 }])
    assert.equal(frontmatterYaml(odd as Record<string, unknown>), reference(odd as Record<string, unknown>), JSON.stringify(odd));
});

// Hostile strings from untrusted articles: indicators, comments, document markers, YAML 1.1 words,
// numbers, dates, control and invisible characters, line breaks of every kind, leading and trailing space.
const PIECES = [
  '',
  ' ',
  'a',
  'y',
  'No',
  'null',
  '~',
  '---',
  '...',
  '%x',
  '- a',
  '-',
  '?',
  ':',
  'a: b',
  'a #b',
  '#',
  '"',
  "'",
  '\n',
  '\n\n',
  '\t',
  ' x',
  'x ',
  '2024-01-10',
  '1:20',
  '0x1F',
  '.5',
  '1e3',
  '12',
  '+1',
  'é',
  '’',
  '\u0007',
  '\u200b',
  '\ufeff',
  'ok',
  'Flask',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a',
  '*a',
  '!t',
  '|',
  '>',
  '@',
  '`',
  '=',
  '<<',
  'a\r\nb',
  '\r',
  '\u2028',
  '\u0085',
  'x\n  y',
  '🙂',
  '\\',
  'on',
  'OFF',
  '.inf',
  '.NaN',
  '\u00a0',
  'ü',
  '\u3000',
  '\u2000',
  '—',
  '…',
  '\ufffd',
  '\ud800',
  'a\tb',
  'Django’s “ORM”',
  'line one\nline two',
  '\n\n\n',
  ' \n',
  '\t\n',
  '\n ',
];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

test('on thousands of generated frontmatters with hostile strings, the text is yaml`s byte for byte and reads back', () => {
  const r = random(20261202);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const str = () => Array.from({ length: Math.floor(r() * 5) }, () => pick(PIECES)).join('');
  const val = (depth: number): unknown => {
    const k = r();
    if (depth > 3 || k < 0.5) return pick([str, str, str, () => Math.floor(r() * 100), () => null, () => r() < 0.5])();
    if (k < 0.75) return Array.from({ length: Math.floor(r() * 4) }, () => val(depth + 1));
    const o: Record<string, unknown> = {};
    for (let i = 0; i < Math.floor(r() * 4); i++) o[pick(['id', 'text', 'line', 'rows', 'align', 'heading', 'topics'])] = val(depth + 1);
    return o;
  };
  let differ = 0;
  for (let i = 0; i < 4000; i++) {
    const data: Record<string, unknown> = {};
    for (const key of ['title', 'description', 'sections', 'removed', 'tables', 'words']) data[key] = val(key === 'title' ? 9 : 0);
    // Last, as in the schema: a list, so trimming the end never eats a string's trailing non-breaking space.
    data.ignoredFields = [];
    const ours = frontmatterYaml(data);
    if (ours !== reference(data)) differ++;
    else if (i % 10 === 0) assert.deepEqual(load(ours), JSON.parse(JSON.stringify(data)));
  }
  assert.equal(differ, 0);
});
