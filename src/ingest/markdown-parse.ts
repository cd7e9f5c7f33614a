// The Markdown parser of ingest: satteri, the native (Rust) parser the site itself renders articles
// with. It gives the same mdast as remark-parse with remark-gfm, positions included (checked on every
// seed, fixture and bench article, and by tests/unit/ingest/markdown-parse.test.ts against remark), at
// about a thirtieth of the time: micromark was 29% of a cold 1,000-article ingest (issue 14). It is
// linear where micromark was quadratic (a 2 MB article of list items: 0.6 s against 90 s), so a big
// document is parsed whole, reference definitions and all, instead of in pieces.
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

// GFM as the site renders it; frontmatter off, since ingest has split it off already and a body that
// starts with `---` is a thematic break, not a second frontmatter.
const OPTIONS = { features: { gfm: true, frontmatter: false } } as const;

export function parseMarkdown(text: string): Root {
  // satteri types its trees loosely (MdastNode); the shape is mdast's, which the test above checks.
  return markdownToMdast(text, OPTIONS) as unknown as Root;
}
