import { fileOrder as orderIn, loadComparison } from '../content/load.ts';
import type { SiteInfo } from '../schemas/site.ts';

// site.yaml is a single record, not a list of entries, so it comes from the content loader rather than
// a collection; it was validated (and cross-checked with the other files) when ingest ran.
export function siteInfo(): SiteInfo {
  return loadComparison().site;
}

/** Ids in the order a list file of the comparison gives them (see src/content/load.ts). */
export function fileOrder(name: string): Map<string, number> {
  return orderIn(name);
}

/** Topic ids in the order of the merged taxonomy. */
export function taxonomyOrder(): string[] {
  return loadComparison().topics.map((t) => t.id);
}
