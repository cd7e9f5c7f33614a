// Search excerpts (src/islands/search/excerpt.ts): Pagefind's escaped text with <mark> around the
// searched words becomes plain and marked runs; nothing else is ever read as markup. Expected values by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEntities, excerptParts } from '../../../src/islands/search/excerpt.ts';

test('marked words become marked runs, the text around them plain runs, in order', () => {
  assert.deepEqual(excerptParts('Flask is <mark>secure</mark> by default, <mark>CSRF</mark> too.'), [
    { text: 'Flask is ', mark: false },
    { text: 'secure', mark: true },
    { text: ' by default, ', mark: false },
    { text: 'CSRF', mark: true },
    { text: ' too.', mark: false },
  ]);
  assert.deepEqual(excerptParts(''), []);
  assert.deepEqual(excerptParts('<mark>all</mark>'), [{ text: 'all', mark: true }]);
});

test('escaped markup in the text stays text: a script tag is shown, never parsed', () => {
  const parts = excerptParts('use &lt;script&gt;alert(1)&lt;/script&gt; and <mark>x</mark> &amp; y');
  assert.deepEqual(parts, [
    { text: 'use <script>alert(1)</script> and ', mark: false },
    { text: 'x', mark: true },
    { text: ' & y', mark: false },
  ]);
  // A raw tag other than <mark> (Pagefind never sends one) is kept as literal text, not an element.
  assert.deepEqual(excerptParts('<img src=x onerror=alert(1)>'), [{ text: '<img src=x onerror=alert(1)>', mark: false }]);
});

test('entities: named, decimal and hex decoded; unknown or out-of-range ones left as written', () => {
  assert.equal(decodeEntities('&quot;a&quot; &#39;b&#39; &#x41;&#66; &nbsp;'), '"a" \'b\' AB \u00a0');
  assert.equal(decodeEntities('&bogus; &#0; &#x110000;'), '&bogus; &#0; &#x110000;');
  // Decoding is one pass: "&amp;lt;" is the text "&lt;", not "<".
  assert.equal(decodeEntities('&amp;lt;'), '&lt;');
});
