// Shared helpers for the quality gates: what the built site contains, read from the built files or
// the served site, never from a hand-kept list, so a new page is covered the moment it is built.
import type { APIRequestContext } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST, DIST_SUB, SUB_BASE } from '../../../playwright.config.ts';

/** The two builds `npm test` makes: the root one (dist/) and the sub-path one (dist-sub/). */
export const BUILDS = [
  { dir: DIST, base: '/' },
  { dir: DIST_SUB, base: SUB_BASE },
] as const;

/** Every HTML file of a build, as paths relative to its folder (Pagefind's own UI files excluded). */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ does not exist: build the site first (npm run build).`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) {
        if (relative(dir, p) !== 'pagefind') walk(p);
      } else if (entry.name.endsWith('.html')) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every file of a build with one of the extensions, relative to its folder. */
export function filesWithExt(dir: string, exts: string[], { skipPagefind = true } = {}): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) {
        if (!(skipPagefind && relative(dir, p) === 'pagefind')) walk(p);
      } else if (exts.some((e) => entry.name.endsWith(e))) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The page path a built file is served at, relative to the base: `articles/x/index.html` → `articles/x/`. */
export function pagePath(file: string): string {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** A page's type, for budgets per type: its first path segment, `home` for the home page. */
export function pageType(path: string): string {
  const first = path.split('/')[0] ?? '';
  if (first === '') return 'home';
  return first.replace(/\.html$/, '');
}

/**
 * Every page URL in the served site's sitemap, as paths relative to `baseURL` (`''` is the home page).
 * The sitemap holds absolute URLs on SITE_URL's host, so only their path below the base is kept.
 */
export async function sitemapPaths(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const base = new URL(baseURL).pathname;
  const index = await request.get(new URL('sitemap-index.xml', baseURL).href);
  if (!index.ok()) throw new Error(`sitemap-index.xml: HTTP ${index.status()}`);
  const paths = new Set<string>();
  for (const sitemap of locs(await index.text())) {
    const res = await request.get(new URL(toBase(sitemap, base), baseURL).href);
    if (!res.ok()) throw new Error(`${sitemap}: HTTP ${res.status()}`);
    for (const loc of locs(await res.text())) paths.add(toBase(loc, base));
  }
  return [...paths].sort();
}

/** The same list read from a build's files, for specs that make one test per page at load time. */
export function sitemapPathsOnDisk(dir: string, base: string): string[] {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} does not exist: build the site first (npm run build).`);
  const paths = new Set<string>();
  for (const sitemap of locs(readFileSync(index, 'utf8'))) {
    const file = join(dir, toBase(sitemap, base));
    for (const loc of locs(readFileSync(file, 'utf8'))) paths.add(toBase(loc, base));
  }
  return [...paths].sort();
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

function toBase(absolute: string, base: string): string {
  const path = decodeURI(new URL(absolute).pathname);
  if (!path.startsWith(base)) throw new Error(`${absolute} is not under the site's base ${base}`);
  return path.slice(base.length);
}

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true, pre: true, noscript: true } });
}

export function readHtml(dir: string, file: string): HTMLElement {
  return parseHtml(readFileSync(join(dir, file), 'utf8'));
}

export const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** The ids of the generated articles, so a budget can tell an article page from the rest. */
export function articleIds(contentDir = process.env.CONTENT_DIR ?? 'content'): Set<string> {
  const dir = join(contentDir, 'articles');
  return new Set(
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.mdx'))
          .map((f) => f.slice(0, -4))
      : [],
  );
}
