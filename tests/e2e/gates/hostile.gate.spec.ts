// Gate: hostile article content stays inert text. tests/fixtures/hostile/content holds one article
// carrying <script>, <img onerror>, javascript: links, MDX { expressions }, import/export lines and
// an unclosed HTML comment. This spec ingests it and builds it into its own site (a temp folder,
// never the default site), serves it, and visits every page: no dialog opens, no event-handler
// attribute or javascript: URL reaches the DOM, no unexpected script runs, and the text shows as text.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../../../scripts/serve.ts';
import { expect, test } from '../fixtures.ts';
import { sitemapPathsOnDisk } from './site.ts';

const FIXTURE = 'tests/fixtures/hostile/content';
// A folder of its own per run (made in beforeAll), so two test runs never share one.
let WORK = '';
let CONTENT = '';
let OUT = '';

/** Strings of the source that must be visible, verbatim, on the article page. */
const VISIBLE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(3)">',
  '<a href="javascript:alert(7)">raw link</a>',
  '{alert(9)}',
  "import { danger } from './evil.js'",
  'export const pwned = alert(10)',
  '<!-- this comment is never closed',
  'Text after the unclosed comment:',
];

let site: { url: string; close: () => Promise<void> } | undefined;

function run(label: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  mkdirSync('test-results', { recursive: true });
  WORK = resolve(mkdtempSync('test-results/hostile-site-'));
  CONTENT = join(WORK, 'content');
  OUT = join(WORK, 'dist');
  cpSync(FIXTURE, CONTENT, { recursive: true });
  // Ingest exits 1 when it had to repair things; the hostile article is meant to need repairs.
  const ingest = spawnSync(process.execPath, ['src/ingest/cli.ts', '--content', CONTENT, '--quiet'], { encoding: 'utf8' });
  if (!existsSync(join(CONTENT, 'articles', 'hostile-markup.mdx'))) throw new Error(`ingest wrote no article:\n${ingest.stdout}\n${ingest.stderr}`);
  const env = { CONTENT_DIR: CONTENT, OUT_DIR: OUT, ASTRO_CACHE_DIR: join(WORK, '.astro-cache'), SITE_BASE: '/' };
  run('astro build of the hostile site', ['node_modules/astro/bin/astro.mjs', 'build'], env);
  run('pagefind over the hostile site', ['scripts/index-search.ts'], env);
  site = await serve(OUT, '/', 0);
});

test.afterAll(async () => {
  await site?.close();
  if (WORK) rmSync(WORK, { recursive: true, force: true });
});

test('the hostile article shows its markup as text and runs none of it', async ({ page, problems }) => {
  const mdx = readFileSync(join(CONTENT, 'articles', 'hostile-markup.mdx'), 'utf8');
  expect(mdx).not.toMatch(/^(import|export)\s/m);
  await page.goto(`${site!.url}articles/hostile-markup/`);
  const text = await page.locator('body').innerText();
  for (const visible of VISIBLE) expect(text, `"${visible}" shown as text`).toContain(visible);
  for (const visible of VISIBLE) await expect(page.getByText(visible, { exact: false }).first()).toBeVisible();
  expect(problems.list).toEqual([]);
});

test('no page of the hostile site carries handlers, javascript: URLs or foreign scripts', async ({ page, problems }) => {
  const paths = sitemapPathsOnDisk(OUT, '/');
  expect(paths).toContain('articles/hostile-markup/');
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(`${site!.url}${path}`);
    await page.waitForLoadState('networkidle');
    const bad = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) out.push(`<${el.localName} ${attr.name}>`);
          if (/^\s*(javascript|vbscript|data):/i.test(attr.value) && !(el.localName === 'img' && attr.name === 'src')) out.push(`<${el.localName} ${attr.name}="${attr.value}">`);
        }
      }
      for (const el of document.querySelectorAll('iframe, object, embed, svg[onload], img[src="x"]')) out.push(`<${el.localName}> from the article`);
      for (const s of document.scripts) if (!s.src && /alert|pwned|evil/.test(s.text)) out.push(`inline script: ${s.text.slice(0, 60)}`);
      return out;
    });
    found.push(...bad.map((b) => `/${path}: ${b}`));
  }
  expect(found).toEqual([]);
  expect(problems.list).toEqual([]);
});
