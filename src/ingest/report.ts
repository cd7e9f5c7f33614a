import type { ArticleData } from '../schemas/article.ts';
import { formatProblem } from './problem.ts';
import type { RunResult } from './folder-run.ts';

/** A file name as it can be printed on one line: control characters shown as escapes, never raw. */
export function displayName(name: string): string {
  return /[\u0000-\u001f\u007f]/.test(name) ? JSON.stringify(name) : name;
}

/**
 * Article text as one printable line of the report: a removed block may span lines, which broke the
 * report's layout (and `--quiet`'s filter) with bare text lines, and a control character from a hostile
 * file (an ANSI escape) must not reach the terminal raw. Cut to `max` characters.
 */
export function oneLine(text: string, max = Infinity): string {
  const flat = text.replace(/\r\n?|\n/g, ' ⏎ ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

/** Where the page's type came from and, when the text says what it is, the line that says so. */
export function sourceTypeLine(d: Pick<ArticleData, 'sourceType' | 'sourceTypeFrom' | 'sourceTypeDetected'>): string | undefined {
  const t = d.sourceTypeDetected;
  const evidence = t ? `line ${t.line}: "${t.text}"` : '';
  if (!d.sourceType) return undefined;
  if (d.sourceTypeFrom === 'text') return `${d.sourceType} (from the text, ${evidence})`;
  if (!t) return `${d.sourceType} (from the ${d.sourceTypeFrom})`;
  return `${d.sourceType} (from the ${d.sourceTypeFrom}; the text reads as ${t.type}${t.type === d.sourceType ? ' too' : ''}, ${evidence})`;
}

/** The human report: per article what was understood, what was changed, and what went wrong where. */
export function formatReport(sourcesDir: string, run: Pick<RunResult, 'results' | 'failures' | 'skipped'>): string {
  const lines: string[] = [];
  for (const r of run.results) {
    const d = r.data;
    const path = `${sourcesDir}/${displayName(d.source)}`;
    lines.push(`✓ ${path} → ${r.id}.mdx`);
    lines.push(`    title     ${oneLine(d.title)}  (from ${d.titleFrom})`);
    lines.push(`    format    ${d.format}, ${d.encoding}, ${d.words} words, ${d.sections.length} sections, ${r.claims.length} claims`);
    lines.push(`    topics    ${d.topics.join(', ') || '(none)'}`);
    const typeLine = sourceTypeLine(d);
    if (typeLine) lines.push(`    type      ${typeLine}`);
    for (const rep of d.repairs) lines.push(`    repaired  ${rep.kind} ×${rep.count}${rep.detail ? `: ${oneLine(rep.detail)}` : ''}`);
    for (const rem of d.removed) lines.push(`    removed   line ${rem.line} (${rem.reason}): ${oneLine(rem.text, 70)}`);
    for (const p of d.warnings) lines.push(`    ${formatProblem(path, { ...p, reason: oneLine(p.reason) })}`);
  }
  for (const f of run.failures) {
    const path = `${sourcesDir}/${displayName(f.name)}`;
    lines.push(`✗ ${path} was not imported${f.kept ? `; kept its article from an earlier run (${f.kept}) until the source imports again` : ''}`);
    lines.push(`    ${formatProblem(path, { ...f.problem, reason: oneLine(f.problem.reason) })}`);
  }
  for (const s of run.skipped) lines.push(`– ${sourcesDir}/${displayName(s.name)} skipped: ${s.reason}`);
  const warnings = run.results.reduce((n, r) => n + r.data.warnings.length, 0);
  const kept = run.failures.filter((f) => f.kept).length;
  lines.push('');
  lines.push(
    `${run.results.length} imported, ${run.failures.length} failed${kept ? ` (${kept} kept from an earlier run)` : ''}, ${run.skipped.length} skipped, ${warnings} warning(s), ${run.results.reduce((n, r) => n + r.claims.length, 0)} claims.`,
  );
  return lines.join('\n');
}
