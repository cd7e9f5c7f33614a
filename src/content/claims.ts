// The claims ingest found (content/claims.json), read straight from the file rather than through an
// Astro collection: as a collection, its 23,000 entries (1,000 articles) were validated, digested and
// serialized into Astro's data store and bundled into the build on every build, about a second of each
// rebuild after one article was added (issue 14). Read here, the file is parsed and checked once.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { claimsFileSchema, type Claim } from '../schemas/claim.ts';
import { ContentError, contentDir } from './load.ts';

let cached: { path: string; version: string; claims: Claim[] } | undefined;

/**
 * Every claim of the comparison in `dir`, validated by the claim schema. Read again only when the file
 * changes (its size or time), so `astro dev` shows a new ingest without a restart.
 */
export function readClaims(dir = contentDir()): Claim[] {
  const path = join(dir, 'claims.json');
  if (!existsSync(path)) throw new ContentError(`${path} is missing. Ingest writes it with the articles: run \`npm run ingest\`.`);
  const stat = statSync(path);
  const version = `${stat.size}:${stat.mtimeMs}`;
  if (cached?.path === path && cached.version === version) return cached.claims;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ContentError(`${path}: cannot be read as JSON (${(e as Error).message}); run \`npm run ingest\` to write it again.`);
  }
  const result = claimsFileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [index, ...field] = issue.path;
    const id = typeof index === 'number' ? (raw as Array<{ id?: unknown }>)[index]?.id : undefined;
    const which = typeof index === 'number' ? `claim ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}` : '(top level)';
    throw new ContentError(`${path}: ${which}: ${field.length ? `${field.join('.')}: ` : ''}${issue.message}. See src/schemas/claim.ts for the fields; \`npm run ingest\` writes the file again.`);
  }
  cached = { path, version, claims: result.data };
  return result.data;
}
