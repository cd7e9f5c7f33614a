import GithubSlugger from 'github-slugger';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A table found in an article body, as plain text cells, with the section it sits in. */
export interface SourceTable {
  /** Heading id of the enclosing section (same ids as the article page), '' for the lead. */
  sectionId: string;
  sectionHeading: string;
  align: ('left' | 'right' | 'center' | null)[];
  header: string[];
  rows: string[][];
}

interface Node {
  type: string;
  value?: string;
  depth?: number;
  align?: ('left' | 'right' | 'center' | null)[];
  children?: Node[];
}

// Inline HTML (the sentence anchors the claim extractor adds) carries no text of its own.
function text(node: Node): string {
  if (node.type === 'html') return '';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(text).join('');
}

/** Every GFM table in a Markdown/MDX body, in reading order. */
export function extractTables(markdown: string): SourceTable[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Node;
  // github-slugger in document order gives the same ids Astro gives the headings.
  const slugger = new GithubSlugger();
  let sectionId = '';
  let sectionHeading = '';
  const tables: SourceTable[] = [];
  for (const node of tree.children ?? []) {
    if (node.type === 'heading') {
      sectionHeading = text(node).trim();
      sectionId = slugger.slug(sectionHeading);
    } else if (node.type === 'table') {
      const [head, ...body] = (node.children ?? []).map((row) => (row.children ?? []).map((cell) => text(cell).trim()));
      const width = Math.max(head?.length ?? 0, ...body.map((r) => r.length));
      const pad = (r: string[]) => [...r, ...Array<string>(Math.max(0, width - r.length)).fill('')];
      tables.push({ sectionId, sectionHeading, align: node.align ?? [], header: pad(head ?? []), rows: body.map(pad) });
    }
  }
  return tables;
}
