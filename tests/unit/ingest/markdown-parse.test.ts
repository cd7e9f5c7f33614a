// The ingest parser (satteri) must read Markdown exactly as remark-parse with remark-gfm did, positions
// included: every step after it (sanitize, tables, boilerplate, claims with their line numbers) was
// written and tested against remark's trees. remark stays a dev dependency as this test's oracle.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdown } from '../../../src/ingest/markdown-parse.ts';

const remark = unified().use(remarkParse).use(remarkGfm);

// remark's GFM autolink step splits text nodes without giving the pieces a position; satteri gives them
// theirs. That is the one difference allowed: a position satteri has where remark has none.
function dropExtraPositions(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(actual) && Array.isArray(expected)) return actual.map((a, i) => dropExtraPositions(a, expected[i]));
  if (!actual || typeof actual !== 'object' || !expected || typeof expected !== 'object') return actual;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(actual))
    if (k !== 'position' || (expected as { position?: unknown }).position !== undefined) out[k] = dropExtraPositions(v, (expected as Record<string, unknown>)[k]);
  return out;
}

const same = (text: string, label: string) => {
  // Through JSON, so that remark's explicit `position: undefined` equals an absent key.
  const expected: unknown = JSON.parse(JSON.stringify(remark.parse(text)));
  assert.deepEqual(JSON.parse(JSON.stringify(dropExtraPositions(parseMarkdown(text), expected))), expected, label);
};

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(md|markdown|mdx|txt)$/.test(f) ? [p] : [];
  });

// Shapes the bundled articles may not all have: every GFM construct, HTML, references used before they
// are defined, a body that starts with a thematic break, CRLF line ends, and Unicode beyond the BMP.
const SHAPES = [
  '---\n\nAfter a rule, not frontmatter.\n',
  'Use [the docs][d] first.\n\n[d]: https://example.com/docs "Docs"\n',
  '| Feature | Flask | Django |\n|:--|:-:|--:|\n| ORM | no | **yes** |\n| `x|y` | a \\| b | c |\n',
  '- [ ] open\n- [x] done\n  1. nested\n  2. list\n\n> quote with ~~strike~~ and www.example.com and a@b.co\n',
  'Text[^n] here.\n\n[^n]: A footnote\n    with a second line.\n',
  '<div class="x">\n<script>alert(1)</script>\n</div>\n\nInline <b onclick="x">bold</b> and <!-- a comment -->\n',
  '```js\nconst a = 1;\n```\n\n    indented code\n\n~~~\nunclosed fence\n',
  'Line one\r\nLine two  \r\nhard break\r\n\r\n# Heading with `code` and *emphasis* 🚀\r\n',
  'Setext heading\n===\n\n![alt *text*](img.png "title") and <https://auto.link> and \\*escaped\\*\n',
];

// content/sources holds the five seeds as bundled; nothing outside the checkout is read.
test('satteri reads every bundled article and fixture as remark does, positions included', () => {
  const inputs = [...files('content/sources'), ...files('tests/fixtures')].map((p) => [p, readFileSync(p, 'utf8')] as const);
  assert.ok(inputs.length > 40, `only ${inputs.length} inputs found`);
  for (const [path, text] of inputs) same(text, path);
});

test('satteri reads each Markdown shape as remark does', () => {
  for (const text of SHAPES) same(text, JSON.stringify(text));
});
