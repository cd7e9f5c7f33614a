import type { Claim } from '../schemas/claim.ts';

// Row labels of the key-facts table, in the order shown. A key not listed here (a pattern added to
// src/ingest/claims/fact-patterns.yaml) is still shown, after these, under its own name.
const LABELS: Record<string, string> = {
  'first-release': 'First release',
  creator: 'Created by',
  licence: 'Licence',
  language: 'Language',
  'github-stars': 'GitHub stars',
  'notable-users': 'Notable users',
};
// Keys whose values add up rather than compete: two lists of users are not a disagreement.
const ADDITIVE = new Set(['notable-users']);
// "built-in:<feature>" facts (src/ingest/claims/features.ts): whether a feature comes built in.
const BUILT_IN = 'built-in:';
/** Built in, or not (not built in, via extensions, via a named one): only the two sides conflict. */
const builtIn = (value: string) => value === 'built in';

export interface FactValue {
  value: string;
  /** One claim per source stating it, so each value links to its sentences. */
  claims: Claim[];
}

export interface FactRow {
  key: string;
  label: string;
  /** Per subject (in subject order): the values sources state, most sources first. */
  cells: FactValue[][];
  /** Per subject: sources state different values where only one can be right. */
  conflict: boolean[];
}

/** The key-facts table: one row per kind of fact any source states, one cell per subject. */
export function keyFactRows(claims: readonly Claim[], subjects: readonly string[]): FactRow[] {
  const facts = claims.filter((c) => c.kind === 'fact' && c.facts?.length);
  const keys = [...new Set(facts.flatMap((c) => c.facts!.map((f) => f.key)))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return (
    keys
      .map((key) => {
        const cells = subjects.map((s) => {
          const values = new Map<string, FactValue>();
          for (const c of facts.filter((x) => x.subject === s))
            for (const f of c.facts!.filter((x) => x.key === key)) {
              const id = f.value.toLowerCase();
              const v = values.get(id) ?? { value: f.value, claims: [] };
              if (!v.claims.some((x) => x.article === c.article)) v.claims.push(c);
              values.set(id, v);
            }
          return [...values.values()].sort((a, b) => b.claims.length - a.claims.length);
        });
        const feature = key.startsWith(BUILT_IN);
        const conflict = cells.map((v) => (feature ? new Set(v.map((x) => builtIn(x.value))).size > 1 : !ADDITIVE.has(key) && v.length > 1));
        return { key, label: feature ? labelOf(key.slice(BUILT_IN.length)) : (LABELS[key] ?? key), cells, conflict };
      })
      // A feature one subject is said to have, with nothing said of the others, compares nothing: such
      // rows stay in the dataset, and the table keeps the features sources state for two subjects or more.
      .filter((r) => !r.key.startsWith(BUILT_IN) || r.cells.filter((v) => v.length).length > 1)
  );
}

const labelOf = (feature: string) => `${feature[0]!.toUpperCase()}${feature.slice(1)}`;

function rank(key: string): number {
  const i = Object.keys(LABELS).indexOf(key);
  // Built-in features after the named facts, before keys nobody labelled.
  return i >= 0 ? i : key.startsWith(BUILT_IN) ? Object.keys(LABELS).length : Infinity;
}
