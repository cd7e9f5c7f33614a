import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Root } from 'mdast';
import { parseMarkdown } from '../../../src/ingest/pipeline.ts';
import { phrasingText } from '../../../src/text/phrasing.ts';
import { extractTitle } from '../../../src/ingest/steps/extract-title.ts';
import { sanitize } from '../../../src/ingest/steps/sanitize.ts';

const types = (tree: Root): string[] => {
  const out: string[] = [];
  const walk = (n: { type: string; children?: unknown[] }) => {
    out.push(n.type);
    for (const c of (n.children ?? []) as Array<{ type: string }>) walk(c);
  };
  walk(tree);
  return out;
};

test('raw HTML becomes text, unsafe link targets go, images become links', () => {
  const src = '<div>x</div>\n\nA <b>b</b> [y](javascript:alert(1)) [ok](https://a.test) ![pic](https://a.test/p.png) ![local](p.png)\n';
  const tree = parseMarkdown(src);
  const r = sanitize(tree, 3, src);
  assert.ok(!types(tree).includes('html'));
  assert.ok(!types(tree).includes('image'));
  assert.equal(phrasingText(tree.children as never), '<div>x</div>A <b>b</b> y ok [pic] [local]');
  const links = JSON.stringify(tree).match(/"url":"[^"]*"/g);
  assert.deepEqual(links, ['"url":"https://a.test"', '"url":"https://a.test/p.png"']);
  assert.deepEqual(
    r.repairs.map((x) => [x.kind, x.count]),
    [
      ['raw-html', 3],
      ['unsafe-link', 1],
      ['image', 2],
    ],
  );
  // Line is in the raw file: body line 3 + 2 inside the body, minus 1.
  assert.deepEqual(
    r.problems.map((p) => [p.line, p.column, p.rule]),
    [[5, 12, 'sanitize']],
  );
});

test('an unclosed HTML comment warns and splits into paragraphs', () => {
  const src = 'Before.\n\n<!-- open\n\nAfter words.\n';
  const tree = parseMarkdown(src);
  const r = sanitize(tree, 1, src);
  assert.deepEqual(
    tree.children.map((n) => phrasingText((n as unknown as { children: never }).children)),
    ['Before.', '<!-- open', 'After words.'],
  );
  assert.equal(r.problems.length, 1);
  assert.deepEqual([r.problems[0]!.line, r.problems[0]!.rule], [3, 'sanitize']);
  assert.match(r.problems[0]!.reason, /comment opened here never closes/);
});

test('an unclosed code fence is reported at its opening line', () => {
  const src = 'Text.\n\n```js\ncode\n';
  const r = sanitize(parseMarkdown(src), 1, src);
  assert.deepEqual(
    r.problems.map((p) => [p.line, p.rule]),
    [[3, 'structure']],
  );
  const closed = 'Text.\n\n```js\ncode\n```\n';
  assert.deepEqual(sanitize(parseMarkdown(closed), 1, closed).problems, []);
});

test('extractTitle takes an opening heading once and keeps the page h1 unique', () => {
  const tree = parseMarkdown('# Title\n\nText\n\n# Part\n\n## Sub\n');
  assert.deepEqual(extractTitle(tree, undefined), { title: 'Title', from: 'heading' });
  assert.deepEqual(
    tree.children.flatMap((n) => (n.type === 'heading' ? [n.depth] : [])),
    [2, 3],
  );
  const repeated = parseMarkdown('## The Title!\n\nText\n');
  assert.deepEqual(extractTitle(repeated, 'The title'), { title: 'The title', from: 'frontmatter', removed: { text: 'The Title!', line: 1 } });
  assert.equal(repeated.children.length, 1);
});
