// The two text passes around rendering an article's MDX as Markdown (src/content/articles-loader.ts
// says why it is rendered that way).
//
// Markdown passes raw HTML through untouched, where MDX would have parsed it as JSX. Ingest escapes
// every `<` of the author's and writes two elements itself: claim spans (`<span id="c-N" class="claim">`)
// and, on a line of its own, a heading whose text gives no id (`<h2 id="section-3">🚀</h2>`).
// - Before rendering, such a heading's content, escaped for MDX, is re-escaped for HTML, since Markdown
//   copies an HTML line as it is.
// - After rendering, every tag of the final HTML is checked against what Markdown and ingest write:
//   an allowlist of tags, and per tag of attributes. A tag that is not allowed is shown as the text it
//   is (never run, never lost), an attribute that is not allowed is dropped, and a link keeps its target
//   only if the link policy that ingest applies allows it. Table alignment, which Markdown writes as an
//   inline style that the Content-Security-Policy forbids, becomes a class (.align-* in global.css), and
//   a table gets a box that scrolls on a phone.
// Strings, not a syntax-tree plugin: the tree's plugins cross from the native Markdown parser to
// JavaScript once per node, which tripled the time to render 1,000 articles.
import { decodeEntities, escapeHtml } from './html-text.ts';
import { safeLinkTarget } from './url-policy.ts';

const ID_HEADING = /^<h([2-6]) id="([A-Za-z][\w-]{0,79})">(.*)<\/h\1>[ \t]*$/;

/** The text MDX shows for escaped inline content: backslash escapes and character references resolved. */
export function unescapeMdxText(s: string): string {
  // One pass, so an escaped ampersand followed by "amp;" (`\&amp;`) stays the text "&amp;".
  return s.replace(/\\([!-/:-@[-`{-~])|&(?:#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, punct: string | undefined) => punct ?? decodeEntities(whole));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The article's MDX with each id heading's content made HTML text (see the top of this file). Lines in
 * fenced code are the author's code, shown as written, so they are left alone.
 */
export function prepareArticleMarkdown(mdx: string): string {
  if (!mdx.includes('<h')) return mdx;
  let fence = '';
  return mdx
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.slice(line.indexOf(marker) + marker.length).trim()) fence = '';
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      const heading = ID_HEADING.exec(line);
      return heading ? `<h${heading[1]} id="${heading[2]}">${escapeHtml(unescapeMdxText(heading[3]!))}</h${heading[1]}>` : line;
    })
    .join('\n');
}

const COMMON = ['id', 'class'];
const ALLOWED: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'li', 'blockquote', 'code', 'em', 'strong', 'del', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'span', 'sup'].map((t) => [t, COMMON]),
  ),
  ol: [...COMMON, 'start'],
  pre: [...COMMON, 'data-language'],
  th: [...COMMON, 'style'],
  td: [...COMMON, 'style'],
  a: [...COMMON, 'href', 'title', 'data-footnote-ref', 'data-footnote-backref', 'aria-describedby', 'aria-label'],
  section: [...COMMON, 'data-footnotes'],
  input: ['type', 'checked', 'disabled'],
};
// A tag as an HTML serializer writes it (double-quoted or bare attributes), or any other `<`.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'=<>/]+(?:="[^"]*")?)*)\s*(\/?)>|</g;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:="([^"]*)")?/g;
const ALIGN = /^\s*text-align\s*:\s*(left|center|right)\s*;?\s*$/i;

function checkedTag(whole: string, close: string, name: string, attributes: string, selfClose: string): string {
  const tag = name.toLowerCase();
  const allowed = ALLOWED[tag];
  if (!allowed) return escapeHtml(whole);
  if (close) return `</${tag}>${tag === 'table' ? '</div>' : ''}`;
  const kept: string[] = [];
  let type: string | undefined;
  for (const [, key, value] of attributes.matchAll(ATTRIBUTE)) {
    const k = key!.toLowerCase();
    if (!allowed.includes(k)) continue;
    if (k === 'type') type = value;
    if (k === 'href' && (value === undefined || safeLinkTarget(decodeEntities(value)) !== decodeEntities(value))) continue;
    if (k === 'style') {
      const align = ALIGN.exec(decodeEntities(value ?? ''))?.[1];
      if (align) kept.push(`class="align-${align.toLowerCase()}"`);
      continue;
    }
    kept.push(value === undefined ? k : `${k}="${value}"`);
  }
  if (tag === 'input' && type !== 'checkbox') return escapeHtml(whole);
  const open = `<${tag}${kept.length ? ` ${kept.join(' ')}` : ''}${selfClose ? ' /' : ''}>`;
  // Articles are wider than a phone more often than not, so a table scrolls inside its own box, which
  // takes focus (arrow keys scroll it) and says what it is. A group, not a region: an article can hold
  // several tables, and landmarks need unique names.
  return tag === 'table' ? `<div class="table-wrap" role="group" aria-label="Table from the article" tabindex="0">${open}` : open;
}

/** The rendered HTML with every tag checked and tables finished (see the top of this file). */
export function finishArticleHtml(html: string): string {
  return html.replace(TAG, (whole, close: string | undefined, name: string | undefined, attributes: string | undefined, selfClose: string | undefined) =>
    name === undefined ? '&lt;' : checkedTag(whole, close ?? '', name, attributes ?? '', selfClose ?? ''),
  );
}

/**
 * Changes whenever these passes change, so that HTML kept from an earlier build (the articles loader
 * keeps it per file digest) is rendered again: the functions' own source and the allowlist.
 */
export const ARTICLE_HTML_RULES: string = [prepareArticleMarkdown, unescapeMdxText, checkedTag, finishArticleHtml].map(String).join('\n') + JSON.stringify(ALLOWED) + TAG.source + ID_HEADING.source;
