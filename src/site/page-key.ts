// Keys for Astro's incremental builds: a page is skipped when its key and its code are unchanged, so a
// key must change whenever anything the page shows changes. Article pages show their own entry plus
// what every page takes from the whole site; this is that shared part.
import { createHash } from 'node:crypto';
import type { SiteData } from './data.ts';

/** What the layout and an article page read from the whole site, as one string. */
export function pageContext(data: SiteData): string {
  return JSON.stringify({
    site: data.site,
    subjects: data.subjects.map((s) => [s.id, s.name]),
    topics: data.topics.map((t) => [t.id, t.label]),
  });
}

export function cacheKey(shared: string, own: string | number): string {
  return createHash('sha256').update(shared).update('\0').update(String(own)).digest('hex');
}
