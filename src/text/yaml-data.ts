// YAML data files: the comparison's configuration (content/*.yaml) and the engine's lexicons. js-yaml
// reads them about four times faster than the `yaml` package (the files of one comparison: 30-40 ms
// against 130-170 ms, on every ingest, every worker and every build). The `yaml` package stays where
// an article's own YAML is read (frontmatter, sidecars): its warnings and recovery serve hostile input.
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

/** Nodes a data file may expand to. An alias is a reference, so a few lines of nested aliases can stand for a billion nodes that a schema check would then walk. */
export const MAX_DATA_NODES = 1_000_000;

export class YamlDataError extends Error {
  /** 1-based line and column of the problem, when the parser knows it. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

/** Walks the value as a schema check would, aliases expanded, and stops at MAX_DATA_NODES. */
function checkSize(value: unknown): void {
  let nodes = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (++nodes > MAX_DATA_NODES) throw new YamlDataError(`it expands to more than ${MAX_DATA_NODES.toLocaleString('en')} values (aliases of aliases?)`);
    if (Array.isArray(v)) stack.push(...(v as unknown[]));
    else if (v !== null && typeof v === 'object') stack.push(...Object.values(v));
  }
}

/**
 * Parses YAML 1.2 with the core schema (no dates, no merge keys: `2024-01-01` stays a string, as the
 * `yaml` package reads it). An empty document is `null`. Throws YamlDataError with the position.
 */
export function parseYamlData(text: string): unknown {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    throw new YamlDataError(e.reason || e.message.split('\n')[0]!, e.mark ? e.mark.line + 1 : undefined, e.mark ? e.mark.column + 1 : undefined);
  }
  checkSize(value);
  return value ?? null;
}
