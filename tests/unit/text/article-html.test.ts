// The checks around rendering an article's MDX as Markdown (src/text/article-html.ts): raw HTML that
// Markdown would pass through must come out as text, links keep only allowed targets, and what ingest
// itself writes (claim spans, id headings, tables, footnotes, code) comes out as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { satteri } from '@astrojs/markdown-satteri';
import { finishArticleHtml, prepareArticleMarkdown, unescapeMdxText } from '../../../src/text/article-html.ts';

// As astro.config.mjs configures the site's Markdown processor, which the articles loader uses.
const renderer = await satteri({ features: { gfm: true, smartPunctuation: false } }).createRenderer({ syntaxHighlight: 'prism', gfm: true, smartypants: false, image: {} });
const render = async (mdx: string) => finishArticleHtml((await renderer.render(prepareArticleMarkdown(mdx), { frontmatter: {} })).code);

/** Every tag name and attribute name in an HTML string, to check against what may run. */
const tags = (html: string) => [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attributes: m[2]! }));

test('raw HTML a Markdown reading would pass through comes out as visible text', async () => {
  const mdx = [
    '<script>alert(1)</script>',
    '',
    'x <img src=x onerror=alert(2)> y <svg/onload=alert(3)> z <iframe src="https://evil.example/"></iframe>',
    '',
    '<!-- hidden --> <STYLE>p{}</STYLE> <input type="text" value="q"> <p onclick="alert(4)">p</p>',
    '',
    '<a href="javascript:alert(5)">a</a> <a href="javascript&#58;alert(6)">b</a> [c](javascript:alert(7)) <javascript:alert(8)>',
    '',
  ].join('\n');
  const html = await render(mdx);
  for (const t of tags(html)) {
    assert.ok(!['script', 'img', 'svg', 'iframe', 'style'].includes(t.name), `<${t.name}> survived: ${html}`);
    assert.ok(!/\son\w+=/i.test(t.attributes), `an event handler survived on <${t.name}>: ${html}`);
    assert.ok(!/\b(href|src)="(?!https?:|mailto:|#)/i.test(t.attributes), `an unsafe target survived on <${t.name}>: ${html}`);
    if (t.name === 'input') assert.match(t.attributes, /type="checkbox"/);
  }
  assert.doesNotMatch(html, /javascript:alert\(\d\)"/);
  // Nothing is lost: the author's text is still there to read.
  for (const text of ['alert(1)', 'onerror=alert(2)', 'hidden', '>p<', 'javascript:alert(8)']) assert.ok(html.includes(text), `${text} was lost: ${html}`);
});

test('what ingest writes comes out unchanged: claim spans, links, code, footnotes', async () => {
  const mdx = [
    '<span id="c-7" class="claim">Flask is \\<small> and \\{fast\\}.</span> Then <span id="c-8" class="claim">a _b_ [link](https://flask.example/?a=1&b=2 "t").</span>',
    '',
    '```js',
    'let a = 1 < 2;',
    '```',
    '',
    'Note[^1] and `x < y`.',
    '',
    '[^1]: A note.',
    '',
  ].join('\n');
  const html = await render(mdx);
  assert.match(
    html,
    /<p><span id="c-7" class="claim">Flask is &lt;small&gt; and \{fast\}\.<\/span> Then <span id="c-8" class="claim">a <em>b<\/em> <a href="https:\/\/flask\.example\/\?a=1&amp;b=2" title="t">link<\/a>\.<\/span><\/p>/,
  );
  assert.match(html, /<pre class="language-js" data-language="js"><code class="language-js"><span class="token keyword">let<\/span>/);
  assert.match(html, /<code>x &lt; y<\/code>/);
  assert.match(html, /<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1<\/a>/);
  assert.match(html, /<a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">/);
});

test('a table gets its scrolling box and alignment classes instead of inline styles', async () => {
  const html = await render('| Aspect | Flask | Django |\n|:--|:-:|--:|\n| Speed | fast | slow |\n');
  assert.match(html, /^<div class="table-wrap" role="group" aria-label="Table from the article" tabindex="0"><table>/);
  assert.match(html, /<\/table><\/div>\s*$/);
  assert.match(html, /<th class="align-left">Aspect<\/th>\s*<th class="align-center">Flask<\/th>\s*<th class="align-right">Django<\/th>/);
  assert.doesNotMatch(html, /style=/);
});

test('a heading whose text gives no id keeps its id, and its text reads as MDX would show it', async () => {
  assert.equal(unescapeMdxText('\\*\\* &amp; &#x1F680; &#32;\\\\'), '** & 🚀  \\');
  assert.equal(unescapeMdxText('Q\\&amp;A'), 'Q&amp;A', 'an escaped ampersand is not read as the start of a reference');
  const html = await render('<h2 id="section-3">🚀 \\* &amp; \\<b></h2>\n\nText.\n');
  assert.match(html, /^<h2 id="section-3">🚀 \* &amp; &lt;b&gt;<\/h2>/);
  assert.match(html, /<p>Text\.<\/p>/);
  // The same shape inside fenced code is the author's code, shown as written.
  const code = await render('```html\n<h2 id="t">"Tom" \\* &amp; Jerry</h2>\n```\n');
  const codeText = code
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  assert.ok(codeText.includes('<h2 id="t">"Tom" \\* &amp; Jerry</h2>'), codeText);
  // Only ingest's exact shape is a heading; anything else stays text.
  const other = await render('<h2 id="x" onclick="alert(1)">t</h2>\n');
  assert.doesNotMatch(other, /onclick/);
});
