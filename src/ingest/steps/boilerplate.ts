import { readFileSync } from 'node:fs';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { parseYamlData } from '../../text/yaml-data.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { removeRanges, sentences } from '../../text/phrasing.ts';
import { phrasingText } from '../../text/phrasing.ts';

type Removed = ArticleData['removed'][number];

// What page furniture looks like on the web, whatever the subject and language (data, not code): each
// reason names why text was taken out, and is shown to readers with the text.
const RULES: Array<{ reason: string; pattern: RegExp }> = Object.entries(parseYamlData(readFileSync(new URL('./boilerplate.yaml', import.meta.url), 'utf8')) as Record<string, string[]>).flatMap(
  ([reason, patterns]) => patterns.map((p) => ({ reason, pattern: new RegExp(p, 'iu') })),
);

// After a sign-off ("Thanks for reading!") only page furniture follows, unless real text does.
const TAIL_WORD_LIMIT = 80;

export function boilerplateReason(text: string): string | undefined {
  return RULES.find((r) => r.pattern.test(text))?.reason;
}

function textOf(node: RootContent): string {
  return 'children' in node ? phrasingText(node.children as PhrasingContent[]) : 'value' in node ? String(node.value) : '';
}

function wordCount(nodes: readonly RootContent[]): number {
  return nodes.reduce((n, node) => n + textOf(node).split(/\s+/).filter(Boolean).length, 0);
}

/**
 * Takes footers, calls to action and reaction bait out of the body, sentence by sentence, and lists
 * every removal (with its source line) so nothing disappears silently.
 */
export function removeBoilerplate(tree: Root, bodyLine: number): Removed[] {
  const removed: Removed[] = [];
  const line = (node: RootContent) => (node.position?.start.line ?? 1) + bodyLine - 1;
  const kept: RootContent[] = [];

  for (let i = 0; i < tree.children.length; i++) {
    const node = tree.children[i]!;
    const text = textOf(node).trim();
    if (node.type !== 'heading' && node.type !== 'paragraph') {
      kept.push(node);
      continue;
    }
    const reason = boilerplateReason(text);
    if (reason === 'sign-off') {
      const rest = tree.children.slice(i + 1);
      if (wordCount(rest) <= TAIL_WORD_LIMIT && !rest.some((n) => n.type === 'table' || n.type === 'code')) {
        removed.push({ text, reason, line: line(node) });
        for (const n of rest) removed.push({ text: textOf(n).trim(), reason: boilerplateReason(textOf(n)) ?? 'sign-off', line: line(n) });
        break;
      }
    }
    if (node.type === 'heading') {
      if (reason) removed.push({ text, reason, line: line(node) });
      else kept.push(node);
      continue;
    }
    // Offsets must be in the untrimmed text, which is what removeRanges counts in.
    const parts = sentences(textOf(node));
    const drop = parts.map((s) => ({ ...s, reason: boilerplateReason(s.text) })).filter((s) => s.reason);
    if (drop.length === 0) {
      kept.push(node);
      continue;
    }
    if (drop.length === parts.length) {
      // The whole paragraph is furniture: list it once, as the reader saw it.
      removed.push({ text, reason: drop[0]!.reason!, line: line(node) });
      continue;
    }
    for (const s of drop) removed.push({ text: s.text, reason: s.reason!, line: line(node) });
    const children = removeRanges((node as Paragraph).children, drop);
    if (phrasingText(children).trim()) kept.push({ ...node, children } as Paragraph);
  }
  // A rule that only separated the article from the footer removed after it would end the page on a line.
  while (removed.length && kept.at(-1)?.type === 'thematicBreak' && kept.at(-1) !== tree.children.at(-1)) kept.pop();
  tree.children = kept;
  return removed;
}
