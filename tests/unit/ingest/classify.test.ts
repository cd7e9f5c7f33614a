import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadContext } from '../../../src/ingest/context.ts';
import { parseMarkdown } from '../../../src/ingest/pipeline.ts';
import { classifySections, splitSections } from '../../../src/ingest/steps/classify.ts';

const ctx = loadContext('content');

test('sections split at headings; the lead has no heading', () => {
  const s = splitSections(parseMarkdown('Lead.\n\n## A\n\nx\n\n## B\n'));
  assert.deepEqual(
    s.map((x) => [x.heading ? 'h' : 'lead', x.blocks.length]),
    [
      ['lead', 1],
      ['h', 1],
      ['h', 0],
    ],
  );
});

test('topics from heading cues, inherited by sub-sections; subjects from the heading or else the body', () => {
  const tree = parseMarkdown('## Security\n\nText.\n\n### Flask\n\nIt is small.\n\n## Other\n\nDjango and Flask.\n');
  const sections = classifySections(tree, ctx.topicMatcher, ctx.subjectMatcher);
  assert.deepEqual(
    sections.map((s) => [s.id, s.depth, s.topics, s.subjects]),
    [
      ['security', 2, ['security'], []],
      ['flask', 3, ['security'], ['flask']],
      ['other', 2, [], ['django', 'flask']],
    ],
  );
});

test('duplicate headings get github-slugger ids', () => {
  const sections = classifySections(parseMarkdown('## Pros\n\na\n\n## Pros\n\nb\n'), ctx.topicMatcher, ctx.subjectMatcher);
  assert.deepEqual(
    sections.map((s) => s.id),
    ['pros', 'pros-1'],
  );
});

test('an emoji-only heading still gets a non-empty id', () => {
  const sections = classifySections(parseMarkdown('## 🚀\n\na\n'), ctx.topicMatcher, ctx.subjectMatcher);
  assert.equal(sections[0]!.id, 'section-1');
});
