// The failed tests of a TAP report (Node's `--test-reporter=tap`): their names, where they are and the
// first lines of their error. `npm test` prints them last, because CI keeps only the end of a long log
// and a bare "slow tests failed" cannot be acted on.
export interface TapFailure {
  name: string;
  location?: string;
  error?: string;
}

const NOT_OK = /^(\s*)not ok \d+ - (.*)$/;

function unquote(s: string): string {
  const t = s.trim();
  return t.startsWith("'") && t.endsWith("'") ? t.slice(1, -1).replaceAll("''", "'") : t;
}

export function tapFailures(tap: string, errorLines = 3): TapFailure[] {
  const lines = tap.split('\n');
  const out: TapFailure[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = NOT_OK.exec(lines[i]!);
    if (!m) continue;
    const indent = m[1]!.length;
    const failure: TapFailure = { name: m[2]!.replace(/ # .*$/, '') };
    // The YAML block that follows, indented two more than the test line, ends at `...`.
    const pad = ' '.repeat(indent + 2);
    for (let j = i + 1; j < lines.length && lines[j] !== `${pad}...`; j++) {
      const line = lines[j]!;
      if (!line.startsWith(pad) || line.startsWith(`${pad} `)) continue;
      const field = /^(\w+): ?(.*)$/.exec(line.slice(pad.length));
      if (!field) continue;
      if (field[1] === 'location') failure.location = unquote(field[2]!);
      if (field[1] === 'error') {
        if (field[2] === '|-' || field[2] === '|' || field[2] === '>-') {
          const body: string[] = [];
          for (let k = j + 1; k < lines.length && (lines[k]!.startsWith(`${pad}  `) || lines[k]!.trim() === ''); k++) {
            if (lines[k]!.trim() !== '') body.push(lines[k]!.slice(pad.length + 2));
          }
          failure.error = body.slice(0, errorLines).join('\n');
        } else failure.error = unquote(field[2]!);
      }
    }
    // A file that fails only because a test in it failed repeats that failure; its subtests say more.
    out.push(failure);
  }
  // Node wraps each file's tests in a parent entry that fails with "N subtests failed": drop those.
  return out.filter((f) => !/^\d+ subtests? failed$/.test(f.error ?? ''));
}
