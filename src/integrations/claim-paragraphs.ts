// A paragraph of an article made only of cited sentences is, to the MDX parser, a row of block-level
// <span> elements: it renders without a <p>, so it loses its spacing and runs into its neighbours.
// This Markdown plugin puts each such row back into a paragraph. A row is a run of block spans with no
// blank line between them, exactly the paragraph ingest wrote.
import { defineMdastPlugin, type MdastNode, type MdastVisitorContext } from 'satteri';

type Node = MdastNode & { children?: Node[]; name?: string | null; position?: { start: { line: number }; end: { line: number } } };

const isFlowSpan = (n: Node) => n.type === 'mdxJsxFlowElement' && n.name === 'span';

function regroup(parent: Node, ctx: MdastVisitorContext): void {
  const children = parent.children ?? [];
  let i = 0;
  while (i < children.length) {
    const first = children[i]!;
    if (!isFlowSpan(first)) {
      if (first.children && first.type !== 'paragraph') regroup(first, ctx);
      i++;
      continue;
    }
    const run = [first];
    while (i + run.length < children.length) {
      const next = children[i + run.length]!;
      const prev = run[run.length - 1]!;
      // Same paragraph: the next span starts on the line this one ends on, or on the one after.
      if (!isFlowSpan(next) || !next.position || !prev.position || next.position.start.line - prev.position.end.line > 1) break;
      run.push(next);
    }
    const inline = run.flatMap((span, k) => [...(k ? [{ type: 'text', value: ' ' }] : []), { ...span, type: 'mdxJsxTextElement' }]);
    ctx.replaceNode(first, { type: 'paragraph', children: inline } as unknown as MdastNode);
    for (const other of run.slice(1)) ctx.removeNode(other);
    i += run.length;
  }
}

export const claimParagraphs = defineMdastPlugin({
  name: 'claim-paragraphs',
  // Blank lines between paragraphs are known only from source lines.
  options: { position: true },
  before(root, ctx) {
    regroup(root as unknown as Node, ctx);
  },
});
