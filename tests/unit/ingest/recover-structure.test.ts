import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadContext } from '../../../src/ingest/context.ts';
import { phrasingText } from '../../../src/text/phrasing.ts';
import { looksLikeHeading, recoverStructure } from '../../../src/ingest/steps/recover-structure.ts';

const { subjectMatcher } = loadContext('content');

test('bare short lines become headings; sentences, lead-ins and two-sentence lines do not', () => {
  assert.equal(looksLikeHeading('Community and Ecosystem'), true);
  assert.equal(looksLikeHeading('Which one is better?'), true);
  assert.equal(looksLikeHeading('This is a sentence.'), false);
  assert.equal(looksLikeHeading('Here is a list:'), false);
  assert.equal(looksLikeHeading('lower case start'), false);
  assert.equal(looksLikeHeading('One. Two'), false);
});

test('a page dump becomes title, headings, lists and bold labels', () => {
  const text = 'My Title\nMy Title\n\nIntro sentence here.\n\nFeatures\n• one\n• two\n1. first\n2) second\nProject: A startup.\nLast words.\n';
  const r = recoverStructure(text, 1, subjectMatcher);
  assert.equal(r.title, 'My Title');
  assert.equal(r.titleLine, 1);
  const kinds = r.tree.children.map((n) => n.type);
  assert.deepEqual(kinds, ['paragraph', 'heading', 'list', 'list', 'paragraph', 'paragraph']);
  const [, heading, bullets, numbered, label] = r.tree.children;
  assert.equal(heading!.type === 'heading' && heading.depth, 2);
  assert.equal(bullets!.type === 'list' && bullets.ordered, false);
  assert.equal(bullets!.type === 'list' && bullets.children.length, 2);
  assert.equal(numbered!.type === 'list' && numbered.ordered, true);
  assert.equal(label!.type === 'paragraph' && label.children[0]!.type, 'strong');
  assert.equal(phrasingText(label!.type === 'paragraph' ? label.children : []), 'Project: A startup.');
  // Lines are counted from the given first line.
  assert.equal(recoverStructure(text, 10, subjectMatcher).tree.children[1]!.position!.start.line, 15);
});

test('a subject-named heading under a general one becomes a sub-heading', () => {
  const r = recoverStructure('Title\n\nSecurity\n\nFlask: Security\n\nText.\n', 1, subjectMatcher);
  const depths = r.tree.children.flatMap((n) => (n.type === 'heading' ? [n.depth] : []));
  assert.deepEqual(depths, [2, 3]);
});

test('a last line that looks like a heading stays a paragraph (nothing follows it)', () => {
  const r = recoverStructure('Title\n\nText here.\n\nThe End\n', 1, subjectMatcher);
  assert.equal(r.tree.children.at(-1)!.type, 'paragraph');
});

test('markup characters stay text nodes', () => {
  const r = recoverStructure('Title\n\n<b>{x}</b> # not a heading\n', 1, subjectMatcher);
  assert.deepEqual(r.tree.children[0], { type: 'paragraph', position: r.tree.children[0]!.position, children: [{ type: 'text', value: '<b>{x}</b> # not a heading' }] });
});
