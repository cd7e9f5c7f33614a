import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { Problem } from '../../schemas/problem.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { warning } from '../problem.ts';

type Repair = ArticleData['repairs'][number];

const SAFE_URL = /^(https?:|mailto:|#|\/|\.{0,2}\/|[\w-]+\.(?:html?|md)\b)/i;

function lineOf(node: Nodes, offset: number): number {
  return (node.position?.start.line ?? 1) + offset;
}

/**
 * Makes a parsed Markdown tree safe and self-contained for MDX: raw HTML becomes visible text,
 * `javascript:` and other script-capable links lose their target (the link text stays), and images
 * become links (an MDX image would make the build fetch or resolve the file).
 */
export function sanitize(tree: Root, bodyLine: number, source: string): { repairs: Repair[]; problems: Problem[] } {
  const offset = bodyLine - 1;
  const problems: Problem[] = [];
  let html = 0;
  let links = 0;
  let images = 0;

  const visit = (parent: Parent): void => {
    const out: RootContent[] = [];
    for (const node of parent.children as RootContent[]) {
      if (node.type === 'html') {
        html++;
        // An unclosed comment (or <pre>, <script>) runs to the end of the document: say so, since the
        // rest of the article then shows as raw text without its headings and lists.
        const block = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
        const unclosed = !block ? null : /^<!--(?![\s\S]*-->)/.exec(node.value) ?? /^<(script|pre|style|textarea)\b(?![\s\S]*<\/\1>)/i.exec(node.value);
        if (unclosed && node.position) {
          problems.push(warning(`An HTML ${unclosed[1] ? `<${unclosed[1]}>` : 'comment'} opened here never closes, so the rest of the article shows as plain text. Close it or remove it.`, 'sanitize', lineOf(node, offset), node.position.start.column));
        }
        // Block HTML sits where a paragraph would; inline HTML stays inline.
        if (block) {
          // One paragraph per blank-line-separated part: a blank line inside one paragraph can only be
          // written as "&#xA;&#xA;", which runs the parts together on the page.
          for (const part of node.value.split(/\n[ \t]*\n/)) {
            if (part.trim()) out.push({ type: 'paragraph', children: [{ type: 'text', value: part.trim() }], ...(node.position ? { position: node.position } : {}) });
          }
        } else out.push({ type: 'text', value: node.value });
        continue;
      }
      if ((node.type === 'link' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
        links++;
        problems.push(warning(`Removed the target of a link to "${node.url.slice(0, 40)}" (not http, https, mailto or a page anchor); its text is kept.`, 'sanitize', lineOf(node, offset), node.position?.start.column ?? 1));
        if (node.type === 'definition') continue;
        out.push(...(node.children as RootContent[]));
        continue;
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        images++;
        const alt = node.alt?.trim() || 'image';
        const url = node.type === 'image' ? node.url : '';
        out.push(/^https?:/i.test(url) ? { type: 'link', url, children: [{ type: 'text', value: `[${alt}]` }] } : { type: 'text', value: `[${alt}]` });
        continue;
      }
      if (node.type === 'code' && node.position) {
        // An unclosed fence swallows the rest of the article into one code block: say so.
        const endLine = node.position.end.line;
        const closing = source.split('\n')[endLine - 1]?.trim() ?? '';
        if (!/^(`{3,}|~{3,})$/.test(closing) && source.split('\n').length <= endLine + 1) {
          problems.push(warning('A code block opened here never closes, so everything after it shows as code. Add the closing ``` line.', 'structure', lineOf(node, offset), node.position.start.column));
        }
      }
      if ('children' in node) visit(node as Parent);
      out.push(node);
    }
    parent.children = out as Parent['children'];
  };
  visit(tree);

  const repairs: Repair[] = [];
  if (html) repairs.push({ kind: 'raw-html', count: html, detail: 'raw HTML shown as text, never executed' });
  if (links) repairs.push({ kind: 'unsafe-link', count: links, detail: 'link targets other than http(s), mailto or anchors removed' });
  if (images) repairs.push({ kind: 'image', count: images, detail: 'images shown as links to the original' });
  return { repairs, problems };
}
