import { isDeepStrictEqual } from 'node:util';
import { mdxToMdast, type MdastNode } from 'satteri';
// The parser Astro reads MDX frontmatter with (@astrojs/internal-helpers), so 'reads back' means as
// the site will read it; it is also several times faster than `yaml` on long frontmatter.
import { load } from 'js-yaml';
import type { ArticleData } from '../../schemas/article.ts';
import { IngestError } from '../problem.ts';
import { MARKDOWN_NODES } from '../markdown-nodes.ts';
import { safeLinkTarget } from '../../text/url-policy.ts';

// Ingest's last line of defence: the MDX about to be written is parsed again as MDX (Satteri, the parser
// Astro uses), and every node must be on the Markdown allowlist that sanitize also keeps
// (markdown-nodes.ts). Sanitizing is done on the way in; this checks what actually comes out, so a gap
// anywhere upstream cannot reach the build. The site reads the file as Markdown and checks its HTML
// once more (src/text/article-html.ts).

// JSX that ingest itself writes: anchored sentences and headings whose text gives no id.
const JSX_NAMES = new Set(['span', 'h2', 'h3', 'h4', 'h5', 'h6']);
const JSX_ATTRIBUTES = new Set(['id', 'class']);
const TOKEN = /^[A-Za-z][\w-]{0,79}$/;

interface Found {
  what: string;
  line: number;
}

function describeNode(node: MdastNode): string | undefined {
  const n = node as MdastNode & { name?: string | null; url?: string; attributes?: Array<{ type: string; name?: string; value?: unknown }> };
  if (n.type === 'root' || MARKDOWN_NODES.has(n.type)) {
    if ((n.type === 'link' || n.type === 'definition') && safeLinkTarget(n.url ?? '') !== n.url) return `a link to "${String(n.url).slice(0, 40)}"`;
    return undefined;
  }
  if (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') {
    if (!n.name || !JSX_NAMES.has(n.name)) return `a <${n.name ?? ''}> element`;
    for (const a of n.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || !a.name || !JSX_ATTRIBUTES.has(a.name)) return `an attribute ${a.type === 'mdxJsxAttribute' ? `"${a.name}"` : 'expression'} on <${n.name}>`;
      if (typeof a.value !== 'string' || !TOKEN.test(a.value)) return `a ${a.name} value that is not a plain name on <${n.name}>`;
    }
    return undefined;
  }
  const names: Record<string, string> = {
    mdxjsEsm: 'an import or export statement',
    mdxFlowExpression: 'a {…} expression',
    mdxTextExpression: 'a {…} expression',
    html: 'raw HTML',
    image: 'an image (it would be fetched or imported by the build)',
    imageReference: 'an image (it would be fetched or imported by the build)',
  };
  return names[n.type] ?? `a "${n.type}" node`;
}

function scan(node: MdastNode, found: Found[]): void {
  const what = describeNode(node);
  if (what) found.push({ what, line: node.position?.start.line ?? 1 });
  for (const child of (node as { children?: MdastNode[] }).children ?? []) scan(child, found);
}

/**
 * Refuses output that could run or fetch anything, or whose frontmatter does not read back as the data
 * ingest meant to write. Throws an IngestError naming the construct; the article is then not written.
 */
export function verifyMdx(mdx: string, data: ArticleData): void {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(mdx, { features: { frontmatter: true } });
  } catch (e) {
    throw new IngestError(
      `The MDX written for this article does not parse (${(e as Error).message.split('\n')[0]}), so it was not written. This is a gap in ingest; please report it with the file.`,
      'inert-check',
    );
  }
  const children = (tree as { children?: MdastNode[] }).children ?? [];
  const [front, ...body] = children;
  if (front?.type !== 'yaml') throw new IngestError('The MDX written for this article does not start with its frontmatter, so it was not written. Please report it with the file.', 'inert-check');
  let readBack: unknown;
  try {
    readBack = load((front as { value?: string }).value ?? '');
  } catch {
    readBack = undefined;
  }
  if (!isDeepStrictEqual(readBack, JSON.parse(JSON.stringify(data)))) {
    throw new IngestError('The frontmatter written for this article does not read back as the data ingest meant to write, so it was not written. Please report it with the file.', 'inert-check');
  }
  const found: Found[] = [];
  for (const node of body) {
    if (node.type === 'yaml') found.push({ what: 'a second frontmatter block', line: node.position?.start.line ?? 1 });
    else scan(node, found);
  }
  if (found.length) {
    const first = found[0]!;
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
    throw new IngestError(
      `The MDX written for this article would contain ${first.what} at line ${first.line} of the output${more}, which could run or fetch something during the build; the article was not written. This is a gap in the sanitizer: please report it with the file.`,
      'inert-check',
    );
  }
}
