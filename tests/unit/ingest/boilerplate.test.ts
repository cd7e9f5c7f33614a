import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkdown } from '../../../src/ingest/pipeline.ts';
import { removeBoilerplate } from '../../../src/ingest/steps/boilerplate.ts';
import { emitBody } from '../../../src/ingest/steps/emit-mdx.ts';

test('whole furniture paragraphs go and are listed with reason and raw line', () => {
  const tree = parseMarkdown('Real text.\n\n© 2024 Someone. All rights reserved\n\nRead more: Another post\n');
  const removed = removeBoilerplate(tree, 4);
  assert.equal(emitBody(tree), 'Real text.\n');
  assert.deepEqual(removed, [
    { text: '© 2024 Someone. All rights reserved', reason: 'copyright', line: 6 },
    { text: 'Read more: Another post', reason: 'read-more', line: 8 },
  ]);
});

test('a call to action inside a paragraph goes sentence by sentence; the rest stays', () => {
  const tree = parseMarkdown('Flask is small. Let us know in the comments! Django is big.\n');
  const removed = removeBoilerplate(tree, 1);
  assert.equal(emitBody(tree), 'Flask is small. Django is big.\n');
  assert.deepEqual(removed, [{ text: 'Let us know in the comments!', reason: 'call-to-action', line: 1 }]);
});

test('after a sign-off, a short tail goes with it', () => {
  const tree = parseMarkdown('Body.\n\n### Thanks for reading!\n\n#### Which is your go to framework?\n\nSee you.\n');
  const removed = removeBoilerplate(tree, 1);
  assert.equal(emitBody(tree), 'Body.\n');
  assert.deepEqual(
    removed.map((r) => r.reason),
    ['sign-off', 'reaction-bait', 'sign-off'],
  );
});

test('a sign-off followed by a lot of real text removes only itself', () => {
  const tree = parseMarkdown(`Thanks for reading!\n\n${'More real words here. '.repeat(30)}\n`);
  const removed = removeBoilerplate(tree, 1);
  assert.equal(removed.length, 1);
  assert.equal(tree.children.length, 1);
});

test('ordinary text that mentions comments or copyright law is kept', () => {
  const src = 'Django ships an admin for comments.\n\nThe copyright law differs.\n';
  const tree = parseMarkdown(src);
  assert.deepEqual(removeBoilerplate(tree, 1), []);
  assert.equal(tree.children.length, 2);
});

test('patterns come from data, in more than one language: comment-box, social and WeChat footers, review credits', () => {
  const tree = parseMarkdown(
    [
      'Flask is small.',
      'Please share your thoughts in the comment box. Flask has extensions.',
      'Connect with me on Twitter for more.',
      '欢迎关注我的微信公众号，获取更多文章。',
      '---',
      'This article was peer reviewed by Ann Example. Thanks to all of Example’s peer reviewers for making it better!',
    ].join('\n\n'),
  );
  const removed = removeBoilerplate(tree, 1);
  assert.equal(emitBody(tree), 'Flask is small.\n\nFlask has extensions.\n');
  assert.deepEqual(
    removed.map((r) => [r.reason, r.line]),
    [
      ['call-to-action', 3],
      ['call-to-action', 5],
      ['call-to-action', 7],
      ['editorial-note', 11],
    ],
  );
});
