import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markClaims } from '../../../src/integrations/claim-anchors.ts';

const titles = new Map([
  ['c-1', 'Flask · Performance (for)'],
  ['c-2', 'Django · "Admin" (for)'],
]);
const fallback = { id: 'main', title: 'Flask vs Django' };

test('a cited sentence gets a titled marker before it and a marker for its section after it', () => {
  const html = '<h2 id="speed">Speed &amp; size</h2><p>Intro. <span id="c-1" class="claim">Flask is <em>faster</em>.</span> Later words.</p>';
  const out = markClaims(html, titles, fallback);
  assert.equal(
    out,
    '<h2 id="speed">Speed &amp; size</h2><p>Intro. <span id="c-1" data-pagefind-title="Flask · Performance (for)"></span><span class="claim">Flask is <em>faster</em>.</span><span id="speed" data-pagefind-title="Speed &amp; size"></span> Later words.</p>',
  );
});

test('before the first heading the marker names the page; titles are escaped for the attribute', () => {
  const out = markClaims('<p><span id="c-2" class="claim">Django has an admin.</span> Words after.</p>', titles, fallback);
  assert.match(out, /data-pagefind-title="Django · &quot;Admin&quot; \(for\)"/);
  assert.match(out, /<\/span><span id="main" data-pagefind-title="Flask vs Django"><\/span> Words after.<\/p>$/);
});

test('spans nested in a sentence do not end it early', () => {
  const out = markClaims('<h3 id="a">A</h3><span id="c-1" class="claim">x <span class="k">y</span> z</span> w', titles, fallback);
  assert.equal(
    out,
    '<h3 id="a">A</h3><span id="c-1" data-pagefind-title="Flask · Performance (for)"></span><span class="claim">x <span class="k">y</span> z</span><span id="a" data-pagefind-title="A"></span> w',
  );
});

test('a claim span with no claim loses its id (no anchor to store) and gets no marker; other spans are kept', () => {
  const html = '<p><span id="c-9" class="claim">Unknown.</span> <span id="x">other</span></p>';
  assert.equal(markClaims(html, titles, fallback), '<p><span class="claim">Unknown.</span> <span id="x">other</span></p>');
});

test('back-to-back sentences get no section marker between them; a trailing one only if words follow', () => {
  const html = '<p><span id="c-1" class="claim">One.</span> <span id="c-2" class="claim">Two.</span></p><h2 id="b">B</h2>';
  const out = markClaims(html, titles, fallback);
  assert.equal(out.match(/id="main"/g), null, 'nothing but markup between them, so no section marker');
  assert.equal(
    out,
    '<p><span id="c-1" data-pagefind-title="Flask · Performance (for)"></span><span class="claim">One.</span> <span id="c-2" data-pagefind-title="Django · &quot;Admin&quot; (for)"></span><span class="claim">Two.</span></p><h2 id="b">B</h2>',
  );
});
