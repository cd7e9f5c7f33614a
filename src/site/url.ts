// Every internal link goes through here so the site works under any sub-path host (SITE_BASE).
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/**
 * Base-aware path for a page or file. Page paths get the trailing slash the config demands
 * (trailingSlash: 'always'), files (anything with an extension) keep their name.
 */
export function href(path = ''): string {
  const [pathPart = '', hash] = path.replace(/^\/+/, '').split('#', 2);
  const isFile = /\.[a-z0-9]+$/i.test(pathPart);
  const withSlash = pathPart === '' || isFile || pathPart.endsWith('/') ? pathPart : `${pathPart}/`;
  return `${BASE}${withSlash}${hash === undefined ? '' : `#${hash}`}`;
}

/** Absolute URL of a site path, for canonical and Open Graph tags. */
export function absolute(pathname: string, site: URL | undefined): string {
  return new URL(pathname, site ?? 'https://example.com').href;
}

/** Common destinations, so a renamed route changes in one place. */
export const routes = {
  home: () => href(),
  compare: () => href('compare/'),
  topics: () => href('topics/'),
  topic: (id: string) => href(`topics/${id}/`),
  articles: () => href('articles/'),
  /** Page `n` (from 1) of the article index: the first is /articles/ itself. */
  articlesPage: (n: number) => (n <= 1 ? href('articles/') : href(`articles/page/${n}/`)),
  article: (id: string, anchor?: string) => href(`articles/${id}/${anchor ? `#${anchor}` : ''}`),
  choose: () => href('choose/'),
  search: () => href('search/'),
  methodology: (anchor?: string) => href(`methodology/${anchor ? `#${anchor}` : ''}`),
  data: (file: string) => href(`data/${file}`),
};
