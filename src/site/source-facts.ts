import type { ArticleData } from '../schemas/article.ts';

// How a source is described wherever a reader checks it (source cards, article pages, methodology).

const TYPE_WORD: Record<NonNullable<ArticleData['sourceType']>, string> = {
  blog: 'Blog post',
  vendor: 'Vendor page',
  docs: 'Documentation',
  news: 'News article',
  forum: 'Forum post',
};

/** "Vendor page" for a source whose sidecar says so; undefined when nothing says what kind of page it is. */
export function sourceTypeWord(a: Pick<ArticleData, 'sourceType'>): string | undefined {
  return a.sourceType ? TYPE_WORD[a.sourceType] : undefined;
}

/** The original's address when it can be linked: absolute http(s) only (a site-relative permalink cannot). */
export function originalLink(a: Pick<ArticleData, 'url'>): string | undefined {
  // Ingest validates addresses; this stays safe for hand-made MDX too (an address that does not parse
  // is never linked).
  return a.url && /^https?:\/\//.test(a.url) && URL.canParse(a.url) ? a.url : undefined;
}

/** What the reader should know about the corpus as a whole, for the limitations note. */
export function corpusLimits(sources: readonly Pick<ArticleData, 'sourceType' | 'date' | 'url'>[]) {
  return {
    sources: sources.length,
    vendor: sources.filter((s) => s.sourceType === 'vendor').length,
    undated: sources.filter((s) => !s.date).length,
    unlinked: sources.filter((s) => !originalLink(s)).length,
  };
}
