// The Markdown node types an article may carry into its MDX: each serializes to Markdown that MDX
// renders as plain markup. sanitize keeps only these on the way in; verify-mdx accepts only these
// (plus the root and ingest's own JSX) in what comes out. One list, so the two can never disagree.
export const MARKDOWN_NODES: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'code',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'table',
  'tableRow',
  'tableCell',
  'footnoteDefinition',
  'footnoteReference',
  'link',
  'linkReference',
  'definition',
]);
