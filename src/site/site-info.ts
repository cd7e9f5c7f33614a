import { loadComparison } from '../content/load.ts';
import type { SiteInfo } from '../schemas/site.ts';

// site.yaml is a single record, not a list of entries, so it comes from the content loader rather than
// a collection; it was validated (and cross-checked with the other files) when ingest ran.
export function siteInfo(): SiteInfo {
  return loadComparison().site;
}

/** The subjects' names, for the search's "did you mean" (a name is suggested as written). */
export function subjectNames(): string[] {
  return loadComparison().subjects.map((s) => s.name);
}
