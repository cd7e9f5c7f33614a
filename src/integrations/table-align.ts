// Markdown table columns carry their alignment as an inline style (style="text-align:right"). Inline
// styles need 'unsafe-hashes' and one hash per spelling in every page's Content-Security-Policy, and the
// optimized and plain MDX output spell them differently. This HTML plugin turns them into classes
// (.align-left/-center/-right in global.css), so the policy allows no inline style at all.
import { defineHastPlugin } from 'satteri';

const ALIGN = /^\s*text-align\s*:\s*(left|center|right)\s*;?\s*$/i;

export const tableAlign = defineHastPlugin({
  name: 'table-align',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const props = (node as { properties?: Record<string, unknown> }).properties ?? {};
      const style = typeof props.style === 'string' ? props.style : undefined;
      const align = typeof props.align === 'string' ? props.align : ALIGN.exec(style ?? '')?.[1];
      if (!align || !/^(left|center|right)$/i.test(align)) return;
      ctx.setProperty(node, 'style', undefined);
      ctx.setProperty(node, 'align', undefined);
      const existing = Array.isArray(props.className) ? (props.className as string[]) : [];
      ctx.setProperty(node, 'className', [...existing, `align-${align.toLowerCase()}`]);
    },
  },
});
