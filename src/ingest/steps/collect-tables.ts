import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Section, SourceTable } from '../../schemas/article.ts';

/**
 * The article's tables as plain cells, each with the section it sits in, written into the article's
 * data so the site never parses the MDX again to find them. Sections come from classify, so the ids
 * are the ones the page gives its headings.
 */
export function collectTables(tree: Root, sections: readonly Section[]): SourceTable[] {
  const tables: SourceTable[] = [];
  // Sections follow the tree's headings in order; a lead (text before any heading) is section 0.
  let index = sections[0]?.depth === 0 ? 0 : -1;
  for (const node of tree.children) {
    if (node.type === 'heading') index++;
    if (node.type !== 'table') continue;
    const section = sections[index];
    const [head, ...body] = node.children.map((row) => row.children.map((cell) => toString(cell).trim()));
    const width = Math.max(head?.length ?? 0, ...body.map((r) => r.length));
    const pad = (r: string[]) => [...r, ...Array<string>(Math.max(0, width - r.length)).fill('')];
    tables.push({ sectionId: section?.id ?? '', sectionHeading: section?.heading ?? '', align: node.align ?? [], header: pad(head ?? []), rows: body.map(pad) });
  }
  return tables;
}
