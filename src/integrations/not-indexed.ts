// What the built pages repeat around the author's words, left out of the search index by Pagefind's
// excludeSelectors (search-index.ts); the served pages are unchanged, so they carry no search-only bytes.
/**
 * Each is text on every article page, or a list that grows with the corpus: it filled the index chunk a
 * query loads and the five result fragments a first search fetches, and found nothing a reader looks for
 * (issue 14). Topics stay searchable by their pages and the topic filter, which is page data, not text.
 */
export const NOT_INDEXED: readonly string[] = [
  // "Articles" / "Topics" above every title.
  '.eyebrow',
  // An article's publisher, author, date, address and length: labels and "Not stated" on every page.
  '.origin',
  // Topic badges under a title or a section heading: the topic's name, once per page and per section.
  '.badges',
  '.section-topics',
  // A topic's findings name every source on each side: at 5,000 articles, 39,000 words of titles.
  '.findings',
];
