import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteInfo } from '../schemas/site.ts';

// site.yaml is a single record, not a list of entries, so it is read directly rather than as a collection.
const dir = process.env.CONTENT_DIR ?? 'content';

let cached: SiteInfo | undefined;

export function siteInfo(): SiteInfo {
  cached ??= siteSchema.parse(parse(readFileSync(join(dir, 'site.yaml'), 'utf8')));
  return cached;
}

/** Optional content files (curation.yaml may not exist yet): parsed YAML, or null when absent. */
export function optionalContentYaml(name: string): { path: string; data: unknown } | null {
  const path = join(dir, name);
  if (!existsSync(path)) return null;
  return { path, data: parse(readFileSync(path, 'utf8')) };
}

/**
 * Ids in the order a list file gives them. Collections do not promise file order, but the taxonomy's
 * order is editorial (most argued-about first) and the subjects' order fixes their colours.
 */
export function fileOrder(name: string): Map<string, number> {
  const list = parse(readFileSync(join(dir, name), 'utf8')) as { id?: unknown }[] | null;
  return new Map((Array.isArray(list) ? list : []).map((x, i) => [String(x?.id), i]));
}
