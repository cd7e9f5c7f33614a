import type { Code, Root, RootContent } from 'mdast';
import type { ArticleData } from '../../schemas/article.ts';

type Repair = ArticleData['repairs'][number];

/**
 * Some editors write a listing as one inline code span per line:
 *
 *     `npm install`
 *     `npm run build`
 *
 * Markdown joins those lines into one paragraph, so the commands read as a sentence of prose. A
 * paragraph made only of such lines (two or more) becomes a code block with one line per span.
 */
export function codeSpanLines(tree: Root): Repair[] {
  let count = 0;
  const visit = (nodes: RootContent[]) => {
    nodes.forEach((node, i) => {
      if (node.type === 'blockquote' || node.type === 'listItem' || node.type === 'list') visit(node.children as RootContent[]);
      if (node.type !== 'paragraph') return;
      const spans = node.children.filter((c) => c.type === 'inlineCode');
      const between = node.children.filter((c) => c.type !== 'inlineCode');
      const oneLineEach = between.every((c) => c.type === 'text' && /^[ \t]*\n[ \t]*$/.test(c.value)) && between.length === spans.length - 1;
      if (spans.length < 2 || !oneLineEach || node.children[0]?.type !== 'inlineCode') return;
      const code: Code = { type: 'code', lang: null, meta: null, value: spans.map((s) => (s.type === 'inlineCode' ? s.value : '')).join('\n') };
      if (node.position) code.position = node.position;
      nodes[i] = code;
      count++;
    });
  };
  visit(tree.children);
  return count ? [{ kind: 'code-block', count, detail: 'paragraphs of one code span per line kept as code blocks' }] : [];
}
