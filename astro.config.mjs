// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// SITE_BASE lets the same build live under a sub-path (`/docs/`) on any static host.
const rawBase = process.env.SITE_BASE ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
// SITE_URL is only used for canonical/Open Graph URLs and the sitemap.
const site = process.env.SITE_URL ?? 'https://example.com';
// CONTENT_DIR points the whole site at another comparison (see README).
process.env.CONTENT_DIR ??= 'content';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Typographic quotes would alter the authors' text and break verbatim citations.
  markdown: { smartypants: false },
  outDir: process.env.OUT_DIR ?? 'dist',
  // Separate caches let two builds (root and sub-path) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  vite: {
    build: {
      rolldownOptions: {
        // withastro/astro#18087: every .mdx entry logs a harmless warning.
        checks: { moduleLevelDirective: false },
      },
    },
  },
});
