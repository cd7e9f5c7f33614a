import { parse as parseToml } from 'smol-toml';
import { parseDocument } from 'yaml';
import type { Problem } from '../../schemas/problem.ts';
import { warning } from '../problem.ts';

export interface Frontmatter {
  /** Parsed fields, as the source wrote them (not yet mapped to the article schema). */
  data: Record<string, unknown>;
  /** The text after the frontmatter. */
  body: string;
  /** 1-based line of the raw file on which `body` starts. */
  bodyLine: number;
  kind: 'yaml' | 'toml' | 'json' | 'none';
  problems: Problem[];
  /** 1-based line of the raw file where a field is set (the frontmatter's first line if not found). */
  fieldLine(key: string): number;
}

function fieldFinder(lines: string[], from: number, to: number): (key: string) => number {
  return (key) => {
    const pattern = new RegExp(`^\\s*["']?${key.replace(/[^\w-]/g, '')}["']?\\s*[:=]`, 'i');
    for (let i = from; i < to; i++) if (pattern.test(lines[i]!)) return i + 1;
    return from + 1;
  };
}

// Frontmatter is a few dozen lines; these bound the work spent looking for the end of a JSON one.
const MAX_JSON_LINES = 1000;
const MAX_JSON_TRIES = 20;

const FENCES = { '---': 'yaml', '+++': 'toml' } as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Salvages `key: value` lines from YAML the parser rejected, so the author and date survive a stray quote. */
function salvageYaml(lines: string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of lines) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2]!.trim();
    if (/^\[.*\]$/.test(value)) {
      data[m[1]!] = value
        .slice(1, -1)
        .split(',')
        .map((s) => s.trim().replace(/^["']|["']$/g, ''))
        .filter(Boolean);
      continue;
    }
    value = value.replace(/^["']/, '').replace(/["']$/, '');
    if (value) data[m[1]!] = value;
  }
  return data;
}

function parseYaml(raw: string[], firstLine: number, problems: Problem[]): Record<string, unknown> {
  const doc = parseDocument(raw.join('\n'), { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = err.linePos?.[0] ?? { line: 1, col: 1 };
    const reason = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problems.push(
      warning(
        `Frontmatter is not valid YAML (${reason}); imported the body and kept the fields that could be read line by line. Fix the YAML to keep every field.`,
        'frontmatter',
        firstLine + pos.line - 1,
        pos.col,
      ),
    );
    return salvageYaml(raw);
  }
  let value: unknown;
  try {
    // The yaml library refuses documents whose aliases expand without bound ("billion laughs").
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    problems.push(
      warning(`Frontmatter could not be read (${(e as Error).message.split('\n')[0]}); ignored it and imported the body. Write the fields out without YAML aliases.`, 'frontmatter', firstLine, 1),
    );
    return {};
  }
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) {
    problems.push(warning('Frontmatter is YAML but not a list of fields (key: value); ignored it.', 'frontmatter', firstLine, 1));
    return {};
  }
  return value;
}

function parseToml_(raw: string[], firstLine: number, problems: Problem[]): Record<string, unknown> {
  try {
    return parseToml(raw.join('\n')) as Record<string, unknown>;
  } catch (e) {
    const err = e as { line?: number; column?: number; message?: string };
    const reason = (err.message ?? 'parse error').split('\n')[0];
    problems.push(
      warning(`Frontmatter is not valid TOML (${reason}); imported the body without it. Fix the TOML to keep the fields.`, 'frontmatter', firstLine + (err.line ?? 1) - 1, err.column ?? 1),
    );
    return salvageYaml(raw.map((l) => l.replace(/^(\w+)\s*=\s*/, '$1: ')));
  }
}

/**
 * Splits YAML (`---`), TOML (`+++`) or JSON (`{` … `}`) frontmatter from the body. Never throws:
 * broken or unclosed frontmatter becomes a warning, and the body is imported regardless.
 */
export function splitFrontmatter(text: string): Frontmatter {
  const lines = text.split('\n');
  const problems: Problem[] = [];
  // Page dumps often start with blank lines before the fence.
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  const opener = lines[start]?.trim() ?? '';
  const none: Frontmatter = { data: {}, body: text, bodyLine: 1, kind: 'none', problems, fieldLine: () => 1 };

  if (opener === '---' || opener === '+++') {
    const kind = FENCES[opener];
    const close = lines.findIndex((l, i) => i > start && l.trim() === opener);
    if (close < 0) {
      // Unclosed: take the leading `key: value` lines as frontmatter, the rest as body.
      let end = start + 1;
      while (end < lines.length && /^\s*([A-Za-z_][\w-]*\s*[:=]|-\s|\s+\S)/.test(lines[end]!)) end++;
      problems.push(
        warning(
          `Frontmatter opened with ${opener} but never closed; read the ${end - start - 1} field line(s) after it and imported the rest as the body. Add a closing ${opener} line.`,
          'frontmatter',
          start + 1,
          1,
        ),
      );
      const raw = lines.slice(start + 1, end);
      const data = kind === 'yaml' ? salvageYaml(raw) : salvageYaml(raw.map((l) => l.replace(/^(\w+)\s*=\s*/, '$1: ')));
      return { data, body: lines.slice(end).join('\n'), bodyLine: end + 1, kind, problems, fieldLine: fieldFinder(lines, start + 1, end) };
    }
    const raw = lines.slice(start + 1, close);
    const data = kind === 'yaml' ? parseYaml(raw, start + 2, problems) : parseToml_(raw, start + 2, problems);
    return { data, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2, kind, problems, fieldLine: fieldFinder(lines, start + 1, close) };
  }

  if (opener === '{') {
    // JSON frontmatter (Hugo): an object that closes on a line of its own. Each candidate is parsed
    // whole, so only the first few closing lines within a frontmatter-sized head are tried: a file of
    // 100,000 "}" lines made this quadratic (minutes).
    let tries = 0;
    for (let close = start; close < Math.min(lines.length, start + MAX_JSON_LINES) && tries < MAX_JSON_TRIES; close++) {
      if (lines[close]!.trim() !== '}') continue;
      tries++;
      try {
        const value: unknown = JSON.parse(lines.slice(start, close + 1).join('\n'));
        if (isRecord(value)) return { data: value, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2, kind: 'json', problems, fieldLine: fieldFinder(lines, start, close) };
      } catch {
        // keep looking for a later closing brace
      }
    }
    problems.push(warning('The file starts with "{" but no JSON frontmatter object could be read; imported everything as the body.', 'frontmatter', start + 1, 1));
    return none;
  }
  return none;
}
