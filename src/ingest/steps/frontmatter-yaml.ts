// The frontmatter as YAML, byte for byte what `yaml`'s stringify writes with the options below, in a
// fraction of its time: stringify builds a document of nodes for every value and tests every string
// against each tag of the schema, which was a third of emitting an article (about 1 s per 1,000).
//
// Only the layout of maps and lists is written here (block style, lists indented under their key, as
// `yaml` does). How a string is written (plain, quoted, block) is decided here only for strings that are
// plain in every case (a letter first, then letters, digits, spaces and a few marks, and not a YAML 1.1
// boolean or null); every other string is written by `yaml` itself, once per distinct string. Anything
// that is not a plain object, array, string, integer, boolean or null makes the whole value go through
// `yaml`. tests/unit/ingest/frontmatter-yaml.test.ts compares the two on thousands of hostile values, and
// verify-mdx reads every frontmatter back.
import { stringify } from 'yaml';

/** YAML 1.1 rules quote strings such as 2024-03-18 that Astro's YAML reader would turn into dates. */
export const YAML_OPTIONS = { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', schema: 'yaml-1.1' } as const;

// Characters written as they are in any style: printable ASCII, tab, and the Basic Multilingual Plane
// without C1 controls, line and paragraph separators, the byte-order mark and surrogates.
const TEXT = String.raw`\t\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd`;
/** Plain in any block context: no indicator first, no `:` or `#` at all, no trailing space, nothing to escape. */
const ALWAYS_PLAIN = new RegExp(
  String.raw`^[A-Za-z_\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd](?:[\x20-\x22\x24-\x39\x3b-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*[\x21-\x22\x24-\x39\x3b-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd])?$`,
);
/**
 * Several lines that `yaml` writes as a literal block with the strip indicator (`|-`): nothing to escape,
 * no white space first or last (those need an indentation or keep indicator, or quotes).
 */
const PLAIN_BLOCK = new RegExp(`^[^\\s](?:[${TEXT}\\n]*[^\\s])?$`);
const BLOCK_CHARS = new RegExp(`^[${TEXT}\\n]*$`);
/** Words YAML 1.1 reads as booleans or null: they must be quoted to stay strings. */
const NOT_STRINGS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;
/** Keys written plain without asking `yaml`: all the schema's keys are such names. */
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9]*$/;

class Unsupported extends Error {}

// A string's YAML, as `yaml` writes it as a value at the top level and deeper down (they differ for a
// few strings, e.g. ones starting with `---`). Continuation lines of block scalars are kept relative to
// the line that holds the value; the caller indents them.
const topMemo = new Map<string, string>();
const nestedMemo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

function remember(memo: Map<string, string>, key: string, value: string): string {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function stringAt(value: string, top: boolean): string {
  if (ALWAYS_PLAIN.test(value) && !NOT_STRINGS.test(value)) return value;
  // Continuation lines two spaces in from the line holding the value; empty lines stay empty.
  if (value.includes('\n') && PLAIN_BLOCK.test(value) && BLOCK_CHARS.test(value)) return `|-\n  ${value.replace(/\n+/g, '$&  ')}`;
  const memo = top ? topMemo : nestedMemo;
  const known = memo.get(value);
  if (known !== undefined) return known;
  if (top) {
    // "k: <value>\n"
    return remember(memo, value, stringify({ k: value }, YAML_OPTIONS).slice(3, -1));
  }
  // "k:\n  - <value>\n" with continuation lines indented by the two spaces of the list.
  const lines = stringify({ k: [value] }, YAML_OPTIONS)
    .slice(7, -1)
    .split('\n');
  return remember(memo, value, lines.map((l, i) => (i === 0 || !l.startsWith('  ') ? l : l.slice(2))).join('\n'));
}

function scalar(value: unknown, top: boolean): string | undefined {
  if (typeof value === 'string') return stringAt(value, top);
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || Object.is(value, -0)) throw new Unsupported();
    return String(value);
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `text` on a line that starts with `lead`; its continuation lines (block scalars) indented by `indent`. */
function put(out: string[], lead: string, text: string, indent: string): void {
  if (!text.includes('\n')) {
    out.push(lead + text);
    return;
  }
  const lines = text.split('\n');
  out.push(lead + lines[0]!);
  for (let i = 1; i < lines.length; i++) out.push(lines[i] === '' ? '' : indent + lines[i]!);
}

/**
 * A value after `lead` (a key and colon, or a list's dash); `indent` is the map's indentation (after a
 * key) or the indentation of what the list item holds (two past its dash).
 */
function value(out: string[], lead: string, v: unknown, indent: string, top: boolean, afterKey: boolean): void {
  const s = scalar(v, top);
  if (s !== undefined) {
    // A block scalar's lines are indented from its key's map, or from its dash.
    put(out, `${lead}${afterKey ? ' ' : ''}`, s, afterKey ? indent : indent.slice(2));
    return;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) out.push(`${lead}${afterKey ? ' ' : ''}[]`);
    else if (afterKey) {
      out.push(lead);
      list(out, `${indent}  `, `${indent}  `, v);
    } else list(out, lead, indent, v);
    return;
  }
  if (isPlainObject(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined);
    if (keys.length === 0) out.push(`${lead}${afterKey ? ' ' : ''}{}`);
    else if (afterKey) {
      out.push(lead);
      map(out, `${indent}  `, `${indent}  `, v, false);
    } else map(out, lead, indent, v, false);
    return;
  }
  throw new Unsupported();
}

/** A block list: its first dash goes after `lead`, the others at `indent`. */
function list(out: string[], lead: string, indent: string, items: readonly unknown[]): void {
  items.forEach((item, i) => {
    if (item === undefined) throw new Unsupported();
    value(out, `${i === 0 ? lead : indent}- `, item, `${indent}  `, false, false);
  });
}

/** A block map: its first key goes after `lead`, the others at `indent`. */
function map(out: string[], lead: string, indent: string, obj: Record<string, unknown>, top: boolean): void {
  let first = true;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (v === undefined) continue;
    if (!PLAIN_KEY.test(key) || NOT_STRINGS.test(key)) throw new Unsupported();
    // Continuation lines of a value belong to the map's indentation, whichever line its first key is on.
    value(out, `${first ? lead : indent}${key}:`, v, indent, top, true);
    first = false;
  }
}

/** YAML for a frontmatter object, without the final line break: the same text as `yaml`'s stringify, trimmed. */
export function frontmatterYaml(data: Record<string, unknown>): string {
  if (isPlainObject(data) && Object.keys(data).some((k) => data[k] !== undefined)) {
    try {
      const out: string[] = [];
      map(out, '', '', data, true);
      return out.join('\n').trimEnd();
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
  }
  return stringify(data, YAML_OPTIONS).trimEnd();
}
