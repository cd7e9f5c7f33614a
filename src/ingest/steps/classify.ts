import GithubSlugger, { slug } from 'github-slugger';
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import type { Section } from '../../schemas/article.ts';
import type { Topic } from '../../schemas/topic.ts';
import type { SubjectMatcher } from '../../text/match.ts';
import { PhraseIndex } from '../../text/phrase-index.ts';
import { phrasingText } from '../../text/phrasing.ts';

export interface TopicMatcher {
  /** Topic ids with how many cue hits each has in the text. */
  hits(text: string): Map<string, number>;
}

export function topicMatcher(topics: readonly Topic[]): TopicMatcher {
  const index = new PhraseIndex<string>();
  for (const t of topics) for (const cue of [t.label, ...t.cues]) index.add(cue, t.id);
  const order = new Map(topics.map((t, i) => [t.id, i]));
  return {
    hits(text) {
      const counts = new Map<string, number>();
      for (const m of index.scan(text)) for (const id of new Set(m.values)) counts.set(id, (counts.get(id) ?? 0) + 1);
      // Taxonomy order, so generated frontmatter reads the same way in every article.
      return new Map([...counts].sort((a, b) => order.get(a[0])! - order.get(b[0])!));
    },
  };
}

export function blockText(node: RootContent): string {
  if (node.type === 'table') return node.children.map((row) => row.children.map((c) => phrasingText(c.children)).join(' | ')).join('\n');
  if ('children' in node) {
    const kids = node.children as RootContent[];
    return kids.every(
      (k) =>
        'type' in k &&
        (k.type === 'text' ||
          k.type === 'strong' ||
          k.type === 'emphasis' ||
          k.type === 'link' ||
          k.type === 'inlineCode' ||
          k.type === 'delete' ||
          k.type === 'break' ||
          k.type === 'mdxJsxTextElement'),
    )
      ? phrasingText(kids as PhrasingContent[])
      : kids.map(blockText).join('\n');
  }
  return 'value' in node ? String(node.value) : '';
}

/** A section as the classifier sees it: the heading node (absent for the lead) and the blocks under it. */
export interface SectionBlocks {
  heading?: Heading;
  blocks: RootContent[];
}

export function splitSections(tree: Root): SectionBlocks[] {
  const out: SectionBlocks[] = [{ blocks: [] }];
  for (const node of tree.children) {
    if (node.type === 'heading') out.push({ heading: node, blocks: [] });
    else out.at(-1)!.blocks.push(node);
  }
  if (out[0]!.blocks.length === 0) out.shift();
  return out;
}

// A body must mention a topic this often before the section counts as being about it; a heading cue is enough alone.
const BODY_HITS = 2;

/**
 * Gives each section its anchor id, topics and subjects. A heading's cues decide; without them, the
 * body's repeated cues do. Sub-sections inherit the topics of a parent heading ("Security" > "X").
 */
export function classifySections(tree: Root, topics: TopicMatcher, subjects: SubjectMatcher): Section[] {
  const parts = splitSections(tree);
  // The ids the site build gives headings from their text (github-slugger, in order), computed first so
  // that ids ingest must write itself (emoji-only headings) never repeat one of them.
  const slugger = new GithubSlugger();
  const textIds = parts.map((s) => {
    const heading = s.heading ? phrasingText(s.heading.children).trim() : '';
    return heading && slug(heading) !== '' ? slugger.slug(heading) : '';
  });
  const taken = new Set(textIds.filter(Boolean));
  const sections: Section[] = [];
  const parents: Array<{ depth: number; topics: string[] }> = [];
  parts.forEach((s, index) => {
    const heading = s.heading ? phrasingText(s.heading.children).trim() : '';
    const depth = s.heading?.depth ?? 0;
    const body = s.blocks.map(blockText).join('\n');
    const fromHeading = [...topics.hits(heading).keys()];
    const fromBody = [...topics.hits(body)].filter(([, n]) => n >= BODY_HITS).map(([id]) => id);
    while (parents.length && parents.at(-1)!.depth >= depth) parents.pop();
    const inherited = fromHeading.length ? [] : (parents.at(-1)?.topics ?? []);
    const topicIds = [...new Set([...fromHeading, ...inherited, ...fromBody])];
    if (depth > 0) parents.push({ depth, topics: fromHeading.length ? fromHeading : inherited });
    const named = subjects.mentions(heading);
    // Emoji-only or symbol-only headings slug to nothing (the page would get `id=""`): they get an id of
    // their own, which emit writes on the heading explicitly.
    let id = textIds[index]!;
    if (heading && !id) {
      id = `section-${index + 1}`;
      for (let n = 2; taken.has(id); n++) id = `section-${index + 1}-${n}`;
      taken.add(id);
      s.heading!.data = { ...s.heading!.data, explicitId: id };
    }
    sections.push({ id, heading, depth, topics: topicIds, subjects: named.length ? named : subjects.mentions(body) });
  });
  return sections;
}
