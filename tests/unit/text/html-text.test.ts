import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEntities, escapeHtml } from '../../../src/text/html-text.ts';

test('escapeHtml makes text safe as HTML text and as a double-quoted attribute', () => {
  assert.equal(escapeHtml('<a href="x">Tom & Jerry</a>'), '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;');
});

test('decodeEntities reads numeric and common named references once, and leaves unknown or invalid ones', () => {
  assert.equal(decodeEntities('&lt;b&gt; &amp;lt; &#39;q&#x27; &#x1F680; &nbsp;'), "<b> &lt; 'q' 🚀 \u00a0");
  assert.equal(decodeEntities('&bogus; &#0; &#x110000;'), '&bogus; &#0; &#x110000;');
  assert.equal(decodeEntities(escapeHtml('a < "b" & c')), 'a < "b" & c');
});
