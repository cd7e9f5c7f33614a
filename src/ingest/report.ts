import type { IngestResult } from './pipeline.ts';
import { formatProblem } from './problem.ts';
import type { Failure } from './run.ts';

/** The human report: per article what was understood, what was changed, and what went wrong where. */
export function formatReport(sourcesDir: string, results: IngestResult[], failures: Failure[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const d = r.data;
    const path = `${sourcesDir}/${d.source}`;
    lines.push(`✓ ${path} → ${r.id}.mdx`);
    lines.push(`    title     ${d.title}  (from ${d.titleFrom})`);
    lines.push(`    format    ${d.format}, ${d.encoding}, ${d.words} words, ${d.sections.length} sections, ${r.claims.length} claims`);
    lines.push(`    topics    ${d.topics.join(', ') || '(none)'}`);
    for (const rep of d.repairs) lines.push(`    repaired  ${rep.kind} ×${rep.count}${rep.detail ? `: ${rep.detail}` : ''}`);
    for (const rem of d.removed) lines.push(`    removed   line ${rem.line} (${rem.reason}): ${rem.text.length > 70 ? `${rem.text.slice(0, 67)}...` : rem.text}`);
    for (const p of d.warnings) lines.push(`    ${formatProblem(path, p)}`);
  }
  for (const f of failures) {
    lines.push(`✗ ${sourcesDir}/${f.name} was not imported`);
    lines.push(`    ${formatProblem(`${sourcesDir}/${f.name}`, f.problem)}`);
  }
  const warnings = results.reduce((n, r) => n + r.data.warnings.length, 0);
  lines.push('');
  lines.push(`${results.length} imported, ${failures.length} failed, ${warnings} warning(s), ${results.reduce((n, r) => n + r.claims.length, 0)} claims.`);
  return lines.join('\n');
}
