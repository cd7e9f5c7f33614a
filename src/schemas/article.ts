import { z } from 'zod';
import { problemSchema } from './problem.ts';

/** Kinds of source page a sidecar can name (`type:`); anything else is not a source type (Hugo's `type: post`). */
export const SOURCE_TYPES = ['blog', 'vendor', 'docs', 'news', 'forum'] as const;

/** A source type read from the article's own words (src/ingest/steps/source-type.yaml), with its evidence. */
export const sourceTypeDetectedSchema = z.object({
  type: z.enum(SOURCE_TYPES),
  /** 1-based line in the raw source. */
  line: z.number().int().min(1),
  /** The sentence that says so, verbatim (cut at 200 characters). */
  text: z.string(),
});
export type SourceTypeDetected = z.infer<typeof sourceTypeDetectedSchema>;

/** A heading-delimited part of an article, with what ingest understood of it. */
export const sectionSchema = z.object({
  /** The heading's anchor id on the article page (github-slugger). */
  id: z.string(),
  /** The heading text; the article's lead (text before the first heading) has an empty heading. */
  heading: z.string(),
  /** Heading level 2-6 (1 is the article title); 0 for the lead. */
  depth: z.number().int().min(0).max(6),
  /** Topic ids from `content/topics.yaml` this section speaks to. */
  topics: z.array(z.string()).default([]),
  /** Subject ids from `content/subjects.yaml` this section talks about. */
  subjects: z.array(z.string()).default([]),
});
export type Section = z.infer<typeof sectionSchema>;

/** A table of the article, as plain text cells, with the section it sits in. */
export const sourceTableSchema = z.object({
  /** Heading id of the enclosing section (the article page's ids), '' for the lead. */
  sectionId: z.string(),
  /** Heading text of the enclosing section, '' for the lead. */
  sectionHeading: z.string(),
  /** Column alignment as the source wrote it. */
  align: z.array(z.enum(['left', 'right', 'center']).nullable()).default([]),
  /** The header row's cells. */
  header: z.array(z.string()),
  /** The body rows, each padded to the header's width. */
  rows: z.array(z.array(z.string())),
});
export type SourceTable = z.infer<typeof sourceTableSchema>;

/** A change ingest made to the author's text, so a reader can audit it. */
export const repairSchema = z.object({
  /** `encoding`, `mojibake`, `control-characters`, `line-endings`, ... */
  kind: z.string(),
  /** How many places were changed. */
  count: z.number().int().min(0),
  /** Examples of what changed, `before → after`. */
  detail: z.string().default(''),
});

/** Text ingest took out of the body (footers, calls to action), kept here so nothing is lost silently. */
export const removedSchema = z.object({
  /** The removed text, verbatim after decoding. */
  text: z.string(),
  /** Why it counts as boilerplate (`copyright`, `call-to-action`, `reaction-bait`, `read-more`, `sign-off`, ...). */
  reason: z.string(),
  /** 1-based line in the raw source. */
  line: z.number().int().min(1),
});

/** Frontmatter of a generated `content/articles/*.mdx` file. */
export const articleSchema = z.object({
  /** Article title (from frontmatter, the first heading, or derived). */
  title: z.string().min(1),
  /** Meta description: the source's own, else its first sentences. */
  description: z.string().default(''),
  /** File name of the raw source in `content/sources/`. */
  source: z.string(),
  /** SHA-256 of the raw source bytes: ties this output to exactly one input. */
  sourceHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Publishing site, when the source or its sidecar names it. */
  site: z.string().optional(),
  /** Author as the source gives it. */
  author: z.string().optional(),
  /** Publication date as ISO `YYYY-MM-DD`, when known. */
  date: z.string().optional(),
  /** What kind of page the source is, when its sidecar, frontmatter or own text says so: `vendor` for a company selling services around the subjects, `docs` for a project's own documentation. */
  sourceType: z.enum(SOURCE_TYPES).optional(),
  /** Where `sourceType` came from; a sidecar or frontmatter always wins over the text. */
  sourceTypeFrom: z.enum(['frontmatter', 'sidecar', 'text']).optional(),
  /** What the article's own words say it is, and the line that says so, even when a sidecar overrides it. */
  sourceTypeDetected: sourceTypeDetectedSchema.optional(),
  /** Original address of the article, when known (absolute URL or the source's permalink). */
  url: z.string().optional(),
  /** Tags, categories and keywords from the source, de-duplicated. */
  tags: z.array(z.string()).default([]),
  /** How the source was written: Markdown, or a plain-text page dump whose structure ingest recovered. */
  format: z.enum(['markdown', 'text']),
  /** Language of the body, ISO 639-3 (`eng`, `deu`, ...; `und` when too short to tell). Claims are read from English only. */
  language: z.string().default('und'),
  /** How the bytes were decoded (`utf-8`, `utf-8-bom`, `utf-16le`, `windows-1252`, ...). */
  encoding: z.string(),
  /** Where the title came from. */
  titleFrom: z.enum(['frontmatter', 'heading', 'first-line', 'sidecar', 'derived']),
  /** Words in the body as emitted. */
  words: z.number().int().min(0),
  /** Sections in reading order. */
  sections: z.array(sectionSchema).default([]),
  /** Union of the sections' topics. */
  topics: z.array(z.string()).default([]),
  /** Union of the sections' subjects. */
  subjects: z.array(z.string()).default([]),
  /** Changes made to the text. */
  repairs: z.array(repairSchema).default([]),
  /** Boilerplate removed from the body. */
  removed: z.array(removedSchema).default([]),
  /** Problems found while importing (the article was still imported). */
  warnings: z.array(problemSchema).default([]),
  /** The article's tables, found once by ingest (the site shows them on the comparison page). */
  tables: z.array(sourceTableSchema).default([]),
  /** Source frontmatter fields that have no place in this schema (listed, not kept). */
  ignoredFields: z.array(z.string()).default([]),
});
export type ArticleData = z.infer<typeof articleSchema>;
