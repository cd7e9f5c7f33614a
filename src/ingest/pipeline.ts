import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { ArticleData } from '../schemas/article.ts';
import { articleSchema } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Problem } from '../schemas/problem.ts';
import type { IngestContext } from './context.ts';
import { checkSize, checkStructure } from './limits.ts';
import { IngestError, warning } from './problem.ts';
import { removeBoilerplate } from './steps/boilerplate.ts';
import { blockText, classifySections } from './steps/classify.ts';
import { decode } from './steps/decode.ts';
import { takeByline } from './steps/byline.ts';
import { dedupeBody } from './steps/dedupe-body.ts';
import { emitMdx } from './steps/emit-mdx.ts';
import { collectTables } from './steps/collect-tables.ts';
import { extractClaims } from './steps/extract-claims.ts';
import { splitFrontmatter } from './steps/frontmatter.ts';
import { stripMarkup } from './steps/strip-markup.ts';
import { detectSourceType } from './steps/source-type.ts';
import { mapFields } from './steps/map-fields.ts';
import { describe, deriveTitle, detectFormat } from './steps/describe.ts';
import { detectLanguage, isEnglish } from './steps/detect-language.ts';
import { recoverStructure } from './steps/recover-structure.ts';
import { repairTables } from './steps/repair-tables.ts';
import { codeSpanLines } from './steps/code-span-lines.ts';
import { repairMojibake } from './steps/repair-text.ts';
import { extractTitle } from './steps/extract-title.ts';
import { dumpTitle } from './steps/dump-title.ts';
import { sanitize } from './steps/sanitize.ts';
import { verifyMdx } from './steps/verify-mdx.ts';
import { articleId } from './article-id.ts';
import { parseMarkdown } from './markdown-parse.ts';

export { articleId, parseMarkdown };

export interface SourceFile {
  /** File name inside the sources folder. */
  name: string;
  bytes: Uint8Array;
  /** Optional sidecar metadata (`<name>.meta.yaml`), already parsed. */
  sidecar?: Record<string, unknown> | undefined;
}

export interface IngestResult {
  id: string;
  data: ArticleData;
  mdx: string;
  claims: Claim[];
  problems: Problem[];
}

/** One source in, one article out. Each line is one step; each step is a small module in `steps/`. */
export function ingestOne(src: SourceFile, ctx: IngestContext): IngestResult {
  const id = articleId(src.name);
  if (src.bytes.length === 0) throw new IngestError('The file is empty; nothing to import.', 'decode');
  checkSize(src.bytes.length);
  const decoded = decode(src.bytes);
  const repaired = repairMojibake(decoded.text);
  const front = splitFrontmatter(repaired.text);
  const fields = mapFields({ ...front.data });
  // Blog-engine markup goes before anything reads the body; line numbers stay as in the source.
  const markup = stripMarkup(front.body, front.bodyLine);
  const body = markup.text;
  // Read before boilerplate is removed: a vendor's "contact us for a free quote" is often its footer.
  const detectedType = detectSourceType(body, front.bodyLine);
  const format = detectFormat(src.name, body, front.kind !== 'none');
  const problems: Problem[] = [...decoded.problems, ...front.problems];
  if (!front.body.trim())
    throw new IngestError(
      front.kind === 'none' ? 'The file has only white space; nothing to import.' : 'The file has frontmatter but no article text; nothing to import.',
      'structure',
      front.bodyLine,
    );

  let tree: Root;
  const dropped: ArticleData['removed'] = [...markup.removed];
  let title = fields.title;
  let titleFrom: ArticleData['titleFrom'] = 'frontmatter';
  const repairs = [...decoded.repairs, ...repaired.repairs, ...markup.repairs];
  const sidecar = mapFields(src.sidecar ?? {});
  for (const r of fields.rejected)
    problems.push(warning(`The frontmatter's ${r.field} "${r.value.slice(0, 60)}" was left out: ${r.reason}. Fix it in the frontmatter to keep it.`, 'frontmatter', front.fieldLine(r.key)));
  for (const [where, f, line] of [
    ['frontmatter', fields, front.fieldLine(fields.ambiguousDate?.key ?? '')],
    ['sidecar', sidecar, 1],
  ] as const)
    if (f.ambiguousDate)
      problems.push(warning(`The ${where}'s ${f.ambiguousDate.key} "${f.ambiguousDate.value}" is ambiguous: ${f.ambiguousDate.reading}. Write it as YYYY-MM-DD to be sure.`, 'date', line));
  for (const r of sidecar.rejected) problems.push(warning(`The sidecar's ${r.field} "${r.value.slice(0, 60)}" was left out: ${r.reason}. Fix it in the sidecar to keep it.`, 'sidecar'));
  const articleUrl = fields.url ?? sidecar.url;
  // Every node that survives is sanitized, whichever way the tree was made.
  const sanitizeInto = (t: Root) => {
    const cleaned = sanitize(t, front.bodyLine, body, articleUrl);
    repairs.push(...cleaned.repairs);
    problems.push(...cleaned.problems);
    dropped.push(...cleaned.removed);
  };
  if (format === 'markdown') {
    checkStructure(body, front.bodyLine);
    tree = parseMarkdown(body);
    // Sanitized before the title is taken, so markup in a heading becomes the title's visible text.
    sanitizeInto(tree);
    repairs.push(...repairTables(tree), ...codeSpanLines(tree));
    const t = extractTitle(tree, title);
    title = t.title;
    if (t.from) titleFrom = t.from;
    if (t.removed) dropped.push({ text: t.removed.text, reason: 'duplicate-title', line: t.removed.line + front.bodyLine - 1 });
    if (!title && front.kind === 'none' && !/\.(md|markdown|mdx|mkd)$/i.test(src.name)) {
      const d = dumpTitle(tree, front.bodyLine);
      dropped.push(...d.removed);
      if (d.title) {
        title = d.title;
        titleFrom = 'first-line';
      }
    }
  } else {
    const recovered = recoverStructure(body, front.bodyLine, ctx.subjectMatcher);
    tree = recovered.tree;
    sanitizeInto(tree);
    if (!title && recovered.title) {
      title = recovered.title;
      titleFrom = 'first-line';
    }
    for (const line of recovered.repeats ?? []) dropped.push({ text: recovered.title!, reason: 'duplicate-title', line });
    dropped.push(...recovered.removed);
    repairs.push(...recovered.repairs);
  }
  const removed = [...dropped, ...removeBoilerplate(tree, front.bodyLine)];
  const byline = takeByline(tree, front.bodyLine);
  if (byline.removed) removed.push(byline.removed);
  const duplicates = dedupeBody(tree, front.bodyLine);
  removed.push(...duplicates.removed);
  problems.push(...duplicates.problems);
  if (!title && sidecar.title) {
    title = sidecar.title;
    titleFrom = 'sidecar';
  }
  if (!title) {
    title = deriveTitle(tree, id, ctx);
    titleFrom = 'derived';
    problems.push(warning(`The article has no title; used "${title}". Add a title line or frontmatter to choose one.`, 'structure', front.bodyLine));
  }
  if (!tree.children.length) throw new IngestError('Nothing is left of the article once its page furniture is removed; check the report for what was removed.', 'boilerplate', front.bodyLine);

  const sections = classifySections(tree, ctx.topicMatcher, ctx.subjectMatcher);
  const language = detectLanguage(tree.children.map(blockText).join('\n'));
  if (!isEnglish(language))
    problems.push(
      warning(
        `The article is written in a language other than English (detected: ${language}); it was imported whole, but no claims were read from it, because the claims engine reads English only.`,
        'language',
        front.bodyLine,
      ),
    );
  const claims = isEnglish(language) ? extractClaims(tree, id, sections, ctx) : [];
  const tables = collectTables(tree, sections);
  const data = articleSchema.parse({
    ...fields,
    site: fields.site ?? sidecar.site,
    author: fields.author ?? sidecar.author ?? byline.author,
    date: fields.date ?? sidecar.date ?? byline.date,
    url: fields.url ?? sidecar.url,
    sourceType: fields.sourceType ?? sidecar.sourceType ?? detectedType?.type,
    sourceTypeFrom: fields.sourceType ? 'frontmatter' : sidecar.sourceType ? 'sidecar' : detectedType ? 'text' : undefined,
    sourceTypeDetected: detectedType,
    title,
    description: fields.description || describe(tree),
    source: src.name,
    sourceHash: createHash('sha256').update(src.bytes).digest('hex'),
    format,
    language,
    encoding: decoded.encoding,
    titleFrom,
    // Counted on the text a reader sees, not on the MDX with its escapes and anchors.
    words: (
      tree.children
        .map(blockText)
        .join(' ')
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).length,
    sections,
    topics: [...new Set(sections.flatMap((s) => s.topics))].sort(),
    subjects: [...new Set(sections.flatMap((s) => s.subjects))],
    repairs,
    removed,
    warnings: problems,
    tables,
    ignoredFields: fields.ignoredFields,
  });
  const mdx = emitMdx(data, tree);
  verifyMdx(mdx, data);
  return { id, data, mdx, claims, problems };
}
