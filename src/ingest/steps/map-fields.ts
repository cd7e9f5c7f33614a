import { SOURCE_TYPES, type ArticleData } from '../../schemas/article.ts';
import { absoluteHttpUrl } from '../../text/url-policy.ts';
import { readDate } from './read-date.ts';

export type MappedFields = Pick<ArticleData, 'author' | 'date' | 'url' | 'site' | 'description' | 'sourceType'> & {
  title?: string | undefined;
  tags: string[];
  ignoredFields: string[];
  /** Values present in the source that could not be used, so the report can say so. */
  rejected: Array<{ field: 'url' | 'date'; key: string; value: string; reason: string }>;
  /** A date that reads two ways (12-08-2025): which field, what was written, and how it was read. */
  ambiguousDate?: { key: string; value: string; reading: string };
};

// Each schema field and the names blogs, Jekyll, Hugo and SEO plugins use for it, in order of preference.
const ALIASES = {
  title: ['title', 'meta_title', 'og_title', 'name', 'headline'],
  description: ['description', 'meta_description', 'summary', 'excerpt', 'subtitle'],
  author: ['author', 'authors', 'by', 'creator'],
  date: ['date', 'published', 'datepublished', 'date_published', 'publishdate', 'pubdate', 'published_at', 'created', 'lastmod', 'updated'],
  url: ['canonical', 'canonical_url', 'url', 'link', 'source', 'original_url', 'permalink'],
  site: ['site', 'site_name', 'publisher', 'blog'],
} as const;
// `type` doubles as a blog engine's layout switch (`type: post`): only the values of SOURCE_TYPES count.
const SOURCE_TYPE_FIELDS = ['source_type', 'type'];
const TAG_FIELDS = ['tags', 'categories', 'category', 'keywords', 'meta_keywords', 'topics'];
// Fields that only matter to the blog engine that rendered the original.
const LAYOUT_FIELDS = ['layout', 'draft', 'image', 'cover', 'thumbnail', 'featured', 'comments', 'slug', 'weight', 'type', 'toc'];

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(text).filter(Boolean).join(', ') || undefined;
  if (typeof v === 'object' && v !== null && 'name' in v) return text((v as { name: unknown }).name);
  return undefined;
}

/**
 * An address the site can show: an absolute http(s) URL (linked) or a site-relative permalink such as
 * `/2024/05/post/` (shown, not linked). Anything else would be a broken link or a crash when rendered.
 */
function usableUrl(raw: string): { url?: string; reason?: string } {
  if (/^\/(?!\/)\S*$/.test(raw)) return { url: raw };
  const absolute = absoluteHttpUrl(raw);
  if (absolute && !/\s/.test(raw)) return { url: raw };
  return { reason: /^[a-z][a-z\d+.-]*:/i.test(raw) && !/^https?:/i.test(raw) ? 'only http and https addresses are linked' : 'it is not a valid web address' };
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(list);
  const t = text(v);
  return t ? t.split(/\s*,\s*/).filter(Boolean) : [];
}

/** Maps whatever frontmatter dialect the source used onto the article schema's fields. */
export function mapFields(data: Record<string, unknown>): MappedFields {
  const lower = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase().trim(), v]));
  const used = new Set<string>();
  let picked = '';
  const pick = (names: readonly string[]): unknown => {
    for (const n of names)
      if (lower.has(n)) {
        used.add(n);
        picked = n;
        return lower.get(n);
      }
    return undefined;
  };
  const out: MappedFields = {
    title: text(pick(ALIASES.title)),
    description: text(pick(ALIASES.description)) ?? '',
    author: text(pick(ALIASES.author)),
    date: undefined,
    url: undefined,
    site: text(pick(ALIASES.site)),
    tags: [],
    ignoredFields: [],
    rejected: [],
  };
  const rawDate = pick(ALIASES.date);
  const read = readDate(text(rawDate) ?? '');
  out.date = read.date;
  if (read.ambiguous) out.ambiguousDate = { key: picked, value: text(rawDate)!, reading: read.ambiguous };
  if (rawDate !== undefined && out.date === undefined && text(rawDate)) out.rejected.push({ field: 'date', key: picked, value: text(rawDate)!, reason: 'it is not a date that can be read' });
  const rawUrl = text(pick(ALIASES.url));
  const urlKey = picked;
  if (rawUrl !== undefined) {
    const checked = usableUrl(rawUrl);
    if (checked.url) out.url = checked.url;
    else out.rejected.push({ field: 'url', key: urlKey, value: rawUrl, reason: checked.reason! });
  }
  const typeKey = SOURCE_TYPE_FIELDS.find((f) => SOURCE_TYPES.includes(text(lower.get(f))?.toLowerCase() as (typeof SOURCE_TYPES)[number]));
  if (typeKey) {
    out.sourceType = text(lower.get(typeKey))!.toLowerCase() as (typeof SOURCE_TYPES)[number];
    used.add(typeKey);
  }
  const tags = new Map<string, string>();
  for (const f of TAG_FIELDS) {
    if (!lower.has(f)) continue;
    used.add(f);
    for (const t of list(lower.get(f))) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
  }
  out.tags = [...tags.values()];
  for (const f of LAYOUT_FIELDS) used.add(f);
  out.ignoredFields = [...lower.keys()]
    .filter((k) => !used.has(k) || (LAYOUT_FIELDS.includes(k) && k !== typeKey))
    .filter((k) => lower.has(k))
    .sort();
  for (const k of Object.keys(out) as Array<keyof MappedFields>) if (out[k] === undefined) delete out[k];
  return out;
}
