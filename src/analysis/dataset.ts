import type { Claim } from '../schemas/claim.ts';
import type { TopicConsensus } from './consensus.ts';
import { strength } from './strength.ts';

/** Column order of the published claims dataset (JSON keys and CSV header alike). */
export const CLAIM_FIELDS = ['id', 'article', 'subject', 'topic', 'stance', 'kind', 'versus', 'quote', 'anchor', 'section', 'cue', 'curated', 'facts', 'url'] as const;

export type DatasetClaim = Record<(typeof CLAIM_FIELDS)[number], string>;

/** A claim as published: every field present (empty when absent), plus the address of its sentence. */
export function datasetClaim(c: Claim, articleUrl: (article: string) => string): DatasetClaim {
  return {
    id: c.id,
    article: c.article,
    subject: c.subject,
    topic: c.topic,
    stance: c.stance,
    kind: c.kind,
    versus: c.versus ?? '',
    quote: c.quote,
    anchor: c.anchor,
    section: c.section,
    cue: c.cue,
    curated: c.curated ?? '',
    // Key facts as "key=value" pairs ("first-release=2010; creator=Armin Ronacher"), one cell for CSV and JSON alike.
    facts: (c.facts ?? []).map((f) => `${f.key}=${f.value}`).join('; '),
    url: `${articleUrl(c.article)}#${c.anchor}`,
  };
}

// A leading = + - @ (or tab, CR) makes spreadsheets run the cell as a formula: such cells get a
// leading apostrophe.
const FORMULA = /^[=+\-@\t\r]/;
// RFC 4180: a field holding a comma, a double quote, a CR or an LF is quoted, its quotes doubled; every
// row ends in CRLF. Written here, not with csv-stringify: that took 0.3 s of every build for the 23,000
// rows of 1,000 articles (this takes a tenth of it), and left a lone line feed unquoted when rows end
// in CRLF. The unit test checks the two give the same file otherwise.
const QUOTED = /[",\r\n]/;
// Most cells need neither: one test for both, and the rows built by appending, halved the file's time.
const PLAIN = /^[=+\-@\t\r]|[",\r\n]/;

function csvCell(value: string): string {
  if (!PLAIN.test(value)) return value;
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return QUOTED.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `/data/claims.json`: the rows, one key per line. */
export function claimsJson(rows: readonly DatasetClaim[]): string {
  return `${JSON.stringify(rows, null, 1)}\n`;
}

export function claimsCsv(rows: readonly DatasetClaim[]): string {
  let out = `${CLAIM_FIELDS.join(',')}\r\n`;
  for (const r of rows) {
    let line = csvCell(r[CLAIM_FIELDS[0]]);
    for (let i = 1; i < CLAIM_FIELDS.length; i++) line += `,${csvCell(r[CLAIM_FIELDS[i]!])}`;
    out += `${line}\r\n`;
  }
  return out;
}

/** The consensus record per topic as published in `/data/consensus.json`. */
export function datasetConsensus(c: TopicConsensus, subjects: readonly string[]) {
  const s = strength(c);
  return {
    topic: c.topic,
    /** The winner the site names: null when the evidence is split or too thin (see `strength`). */
    favoured: s.winner,
    /** The subject most sources favour, named as winner or not. */
    leader: s.leader,
    strength: s.level,
    counts: Object.fromEntries(subjects.map((s) => [s, { for: c.tally[s]!.for.length, against: c.tally[s]!.against.length }])),
    sourcesFor: Object.fromEntries(subjects.map((s) => [s, c.tally[s]!.for])),
    sources: c.sources,
    contested: c.contested,
    thin: c.thin,
    verdicts: c.verdicts.map((v) => ({ article: v.article, favoured: v.favoured, score: v.score, claims: v.claims.map((x) => x.id) })),
  };
}
