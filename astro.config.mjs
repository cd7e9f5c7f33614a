// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import searchIndex from './src/integrations/search-index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import staleFiles from './src/integrations/stale-files.ts';
import datasetThread from './src/integrations/dataset-thread.ts';

// SITE_BASE lets the same build live under a sub-path (`/docs/`) on any static host.
const rawBase = process.env.SITE_BASE ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
// SITE_URL is only used for canonical/Open Graph URLs and the sitemap.
const site = process.env.SITE_URL ?? 'https://example.com';
// CONTENT_DIR points the whole site at another comparison (see README).
process.env.CONTENT_DIR ??= 'content';
const search = searchIndex();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Typographic quotes would alter the authors' text and break verbatim citations.
  // Prism marks code up with classes; Shiki's default writes inline styles, which the CSP below blocks.
  // Articles are the only Markdown (src/content/articles-loader.ts); their HTML is checked after
  // rendering, tag by tag, against an allowlist (src/text/article-html.ts).
  markdown: { processor: satteri({ features: { gfm: true, smartPunctuation: false } }), syntaxHighlight: 'prism' },
  outDir: process.env.OUT_DIR ?? 'dist',
  // Separate caches let two builds (root and sub-path) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Styles as files, never inlined: cached across pages, and they do not count against each page's HTML budget.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Search (Pagefind) and the host headers are written once the pages are built, after what the last
  // build left and this one did not write is removed (stale-files.ts; in this order). The search index
  // replaces its own folder, and the headers are written while Pagefind writes the index.
  // The claims files of /data/ are worked out on a thread from the start (dataset-thread.ts).
  integrations: [datasetThread(), staleFiles({ skip: ['pagefind'] }), sitemap(), search.start, securityHeaders(), search.finish],
  // Content-Security-Policy (a <meta> on every page). Astro hashes every script and style it emits;
  // nothing else runs: no 'unsafe-inline', no inline event handlers. The one relaxation is
  // 'wasm-unsafe-eval', which Pagefind needs to compile its WebAssembly search engine.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      // No inline style attribute at all: table alignment becomes a class (src/text/article-html.ts).
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Incremental builds: a page whose `cacheKey` (article pages, src/site/page-key.ts) and code are
  // unchanged keeps its last output, so adding one article does not render every page again.
  experimental: { incrementalBuild: true },
  // The output folder is not emptied: unchanged pages stay in place (src/integrations/stale-files.ts
  // removes what this build did not write).
  vite: { build: { emptyOutDir: false } },
});
