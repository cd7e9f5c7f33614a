// The claims ingest found (content/claims.json), read straight from the file rather than through an
// Astro collection: as a collection, its 23,000 entries (1,000 articles) were validated, digested and
// serialized into Astro's data store and bundled into the build on every build, about a second of each
// rebuild after one article was added (issue 14). Read here, the file is parsed and checked once.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { claimsFileSchema, type Claim } from '../schemas/claim.ts';
import { ContentError, contentDir, firstProblem } from './load.ts';

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
    // "claim 2 (its id): stance": a position in a 23,000-entry file means little without the id.
    const where = ([index, ...field]: readonly PropertyKey[]) => {
      if (typeof index !== 'number') return '(top level)';
      const id = (raw as Array<{ id?: unknown }>)[index]?.id;
      const claim = `claim ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
      return field.length ? `${claim}: ${field.map(String).join('.')}` : claim;
    };
    throw new ContentError(`${path}: ${firstProblem(result.error, where)}. See src/schemas/claim.ts for the fields; \`npm run ingest\` writes the file again.`);
  }
  cached = { path, version, claims: result.data };
  return result.data;
}
