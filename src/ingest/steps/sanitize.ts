import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { Problem } from '../../schemas/problem.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { toString } from 'mdast-util-to-string';
import { warning } from '../problem.ts';
import { MARKDOWN_NODES } from '../markdown-nodes.ts';
import { safeLinkTarget } from '../../text/url-policy.ts';

type Repair = ArticleData['repairs'][number];
type Removed = ArticleData['removed'][number];

// A code fence's language and meta string end up in the fence line; only plain words may.
const CODE_INFO = /^[\w+#.-]{1,40}$/;

function lineOf(node: Nodes, offset: number): number {
  return (node.position?.start.line ?? 1) + offset;
}

/**
 * Makes a parsed Markdown tree safe and self-contained for MDX, whatever node it meets and wherever it
 * sits (children are cleaned before their parent is judged, so nothing inside a removed link escapes):
 * raw HTML becomes visible text, link targets outside the allowlist go (the text stays), images become
 * links to their original or their alt text (an MDX image would make the build fetch or import the
 * file), and node types outside the allowlist become their text.
 */
export function sanitize(tree: Root, bodyLine: number, source: string, articleUrl?: string): { repairs: Repair[]; problems: Problem[]; removed: Removed[] } {
  const offset = bodyLine - 1;
  const problems: Problem[] = [];
  const removed: Removed[] = [];
  let html = 0;
  let links = 0;
  let images = 0;
  let other = 0;

  const visit = (parent: Parent, inLink = false): void => {
    const out: RootContent[] = [];
    for (const node of parent.children as RootContent[]) {
      if ('children' in node) visit(node as Parent, inLink || node.type === 'link' || node.type === 'linkReference');
      if (node.type === 'html') {
        html++;
        // An unclosed comment (or <pre>, <script>) runs to the end of the document: say so, since the
        // rest of the article then shows as raw text without its headings and lists.
        const block = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
        const unclosed = !block ? null : (/^<!--(?![\s\S]*-->)/.exec(node.value) ?? /^<(script|pre|style|textarea)\b(?![\s\S]*<\/\1>)/i.exec(node.value));
        if (unclosed && node.position) {
          problems.push(
            warning(
              `An HTML ${unclosed[1] ? `<${unclosed[1]}>` : 'comment'} opened here never closes, so the rest of the article shows as plain text. Close it or remove it.`,
              'sanitize',
              lineOf(node, offset),
              node.position.start.column,
            ),
          );
        }
        // Block HTML sits where a paragraph would; inline HTML stays inline.
        if (block) {
          // One paragraph per blank-line-separated part: a blank line inside one paragraph can only be
          // written as "&#xA;&#xA;", which runs the parts together on the page.
          for (const part of node.value.split(/\n[ \t]*\n/)) {
            if (!part.trim()) continue;
            // Tags with no text between them (`<div class="icon"></div>`, `</a>`, `<!--more-->`) are the
            // page's layout, not the author's words: listed as removed rather than shown as text.
            if (!part.replace(/<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>/g, '').trim()) {
              removed.push({ text: part.trim(), reason: 'html-markup', line: lineOf(node, offset) });
              continue;
            }
            out.push({ type: 'paragraph', children: [{ type: 'text', value: part.trim() }], ...(node.position ? { position: node.position } : {}) });
          }
        } else out.push({ type: 'text', value: node.value });
        continue;
      }
      if (node.type === 'link' || node.type === 'definition') {
        const target = safeLinkTarget(node.url, articleUrl);
        if (target === undefined) {
          links++;
          problems.push(
            warning(
              `Removed the target of a link to "${node.url.slice(0, 40).replace(/\s+/g, ' ')}" (only http, https, mailto and page anchors are kept); its text is kept.`,
              'sanitize',
              lineOf(node, offset),
              node.position?.start.column ?? 1,
            ),
          );
          if (node.type === 'link') out.push(...(node.children as RootContent[]));
          continue;
        }
        node.url = target;
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        images++;
        const alt = node.alt?.trim() || 'image';
        const target = node.type === 'image' ? safeLinkTarget(node.url, articleUrl) : undefined;
        // A link inside a link is not Markdown: inside one, the image is only its alt text.
        out.push(target && !inLink && /^https?:/i.test(target) ? { type: 'link', url: target, children: [{ type: 'text', value: `[${alt}]` }] } : { type: 'text', value: `[${alt}]` });
        continue;
      }
      if (!MARKDOWN_NODES.has(node.type)) {
        other++;
        problems.push(warning(`Kept a "${node.type}" element as plain text (only ordinary Markdown is carried over).`, 'sanitize', lineOf(node, offset), node.position?.start.column ?? 1));
        const value = toString(node);
        if (value)
          out.push(parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' ? { type: 'paragraph', children: [{ type: 'text', value }] } : { type: 'text', value });
        continue;
      }
      if (node.type === 'code') {
        if (node.lang && !CODE_INFO.test(node.lang)) node.lang = null;
        if (node.meta && !/^[\w\s=.,:-]{1,80}$/.test(node.meta)) node.meta = null;
        if (node.position) {
          // An unclosed fence swallows the rest of the article into one code block: say so.
          const endLine = node.position.end.line;
          const closing = source.split('\n')[endLine - 1]?.trim() ?? '';
          if (!/^(`{3,}|~{3,})$/.test(closing) && source.split('\n').length <= endLine + 1) {
            problems.push(
              warning('A code block opened here never closes, so everything after it shows as code. Add the closing ``` line.', 'structure', lineOf(node, offset), node.position.start.column),
            );
          }
        }
      }
      out.push(node);
    }
    parent.children = out as Parent['children'];
  };
  visit(tree);

  const repairs: Repair[] = [];
  if (html) repairs.push({ kind: 'raw-html', count: html, detail: 'raw HTML shown as text, never executed' });
  if (links) repairs.push({ kind: 'unsafe-link', count: links, detail: 'link targets other than http(s), mailto or anchors removed' });
  if (images) repairs.push({ kind: 'image', count: images, detail: 'images shown as links to the original' });
  if (other) repairs.push({ kind: 'other-markup', count: other, detail: 'markup outside ordinary Markdown shown as text' });
  return { repairs, problems, removed };
}
