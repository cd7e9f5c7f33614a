import type { Problem } from '../schemas/problem.ts';

/** Thrown by a step when a file cannot be imported at all; the CLI reports it and goes on with the others. */
export class IngestError extends Error {
  readonly problem: Problem;
  constructor(reason: string, rule: string, line = 1, column = 1) {
    super(reason);
    this.problem = { line, column, reason, rule, severity: 'error' };
  }
}

export function warning(reason: string, rule: string, line = 1, column = 1): Problem {
  return { line, column, reason, rule, severity: 'warning' };
}

/** `path:line:col  reason  rule`, the shape editors and CI annotate from. */
export function formatProblem(file: string, p: Problem): string {
  return `${file}:${p.line}:${p.column}  ${p.reason}  ${p.rule}`;
}

/** Any error thrown while importing one file, as the problem the report shows for it. */
export function describeFailure(e: unknown): Problem {
  if (e instanceof IngestError) return e.problem;
  const message = e instanceof Error ? e.message : String(e);
  // Recursion in the parser or a tree walk: a structure nested deeper than the limits foresaw.
  if (e instanceof RangeError && /call stack/i.test(message)) {
    return {
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'limits',
      reason: 'The file is nested too deeply to import (the parser ran out of stack); nothing was imported. Flatten its lists, quotes or brackets.',
    };
  }
  return { line: 1, column: 1, severity: 'error', rule: 'ingest', reason: `Unexpected failure while importing: ${message.split('\n')[0]}. This is a bug in ingest; please report it with the file.` };
}
