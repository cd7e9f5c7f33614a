// A comparison folder and its built site in a throwaway folder of their own (content, output, Astro's
// and ingest's caches), with the real ingest and the real `astro build` run on them.
// That folder is inside the checkout (`.work/`), not in the system's temporary folder: for an output folder outside
// the working directory Astro stages pages in the shared `./.astro/.prerender` and then renames them
// across, which fails when the two are on different devices (EXDEV) and lets two builds running at once
// delete each other's files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export interface SiteWorkspace {
  content: string;
  dist: string;
  /** Astro's cache folder. */
  cache: string;
  /** `npm run ingest` on the folder; its output. */
  ingest: () => string;
  /** `astro build` of the folder into `dist`; its log. */
  build: () => string;
  remove: () => void;
}

export function siteWorkspace(prefix: string): SiteWorkspace {
  const parent = join(process.cwd(), '.work');
  mkdirSync(parent, { recursive: true });
  const work = mkdtempSync(join(parent, `${prefix}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const cache = join(work, 'astro-cache');
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    OUT_DIR: dist,
    ASTRO_CACHE_DIR: cache,
    INGEST_CACHE_DIR: join(work, 'ingest-cache'),
    SITE_BASE: '/',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const run = (args: string[]): string => {
    const r = spawnSync('node_modules/.bin/node', args, { encoding: 'utf8', env, maxBuffer: 64 * 2 ** 20 });
    assert.equal(r.status, 0, `${args.join(' ')} failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
    // Without colour codes: Node's test runner forces colour in the files it runs when its own output
    // is a terminal, and Astro then wraps each path of its log in them.
    return stripVTControlCharacters(r.stdout);
  };
  return {
    content,
    dist,
    cache,
    ingest: () => run(['src/ingest/cli.ts', '--content', content, '--quiet']),
    build: () => run(['node_modules/astro/bin/astro.mjs', 'build']),
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
