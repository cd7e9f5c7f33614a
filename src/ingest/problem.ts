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
