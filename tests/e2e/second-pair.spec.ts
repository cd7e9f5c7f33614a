// The generator is generic: the same code builds a different comparison (Vim vs Emacs, three short
// articles written for this test) from its own content folder, with no code change.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { serve } from '../../scripts/serve.ts';
import { expect, test } from './fixtures.ts';

const FIXTURE = 'tests/fixtures/pair-vim-emacs/content';
let work = '';
let out = '';
let site: { url: string; close: () => Promise<void> } | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = resolve(mkdtempSync('test-results/second-pair-'));
  const content = join(work, 'content');
  out = join(work, 'dist');
  cpSync(FIXTURE, content, { recursive: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: join(work, '.astro-cache'), SITE_BASE: '/' };
  for (const [label, args] of [
    ['ingest', ['src/ingest/cli.ts', '--content', content, '--quiet']],
    ['astro build (and its search index)', ['node_modules/astro/bin/astro.mjs', 'build']],
  ] as const) {
    const r = spawnSync(process.execPath, [...args], { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  site = await serve(out, '/', 0);
});

test.afterAll(async () => {
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('another pair builds from its own content folder, and nothing of the bundled pair leaks in', async ({ page }) => {
  const subjects = parse(readFileSync(join(FIXTURE, 'subjects.yaml'), 'utf8')) as Array<{ name: string }>;
  const articles = readdirSync(join(work, 'content', 'articles')).filter((f) => f.endsWith('.mdx'));
  expect(articles).toHaveLength(3);
  const topics = parse(readFileSync(join(FIXTURE, 'topics.yaml'), 'utf8')) as Array<{ id: string }>;
  const paths = ['', 'compare/', 'topics/', `topics/${topics[0]!.id}/`, 'articles/', ...articles.map((f) => `articles/${f.replace(/\.mdx$/, '')}/`), 'methodology/', 'choose/', 'search/'];
  for (const path of paths) {
    const response = await page.goto(site!.url + path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    const html = await page.content();
    for (const s of subjects) expect(html, `${path} names ${s.name}`).toContain(s.name);
    expect(html, `${path} must not mention the bundled pair`).not.toMatch(/\b(Flask|Django)\b/);
  }
});

test('the second pair shows verdict strength, each quote once, key facts or their absence, and checkable sources', async ({ page }) => {
  const topics = parse(readFileSync(join(FIXTURE, 'topics.yaml'), 'utf8')) as Array<{ id: string }>;
  await page.goto(`${site!.url}compare/`);
  const phrases = await page.locator('table.compare .phrase').allTextContents();
  expect(phrases.length).toBeGreaterThan(0);
  for (const p of phrases) expect(p.replace(/\s+/g, ' ').trim()).toMatch(/^(Strong|Leans|Split) · /);
  const quotes = (await page.locator('main .cite q').allTextContents()).map((q) => q.replace(/\s+/g, ' ').trim());
  expect(quotes.filter((q, i) => quotes.indexOf(q) !== i)).toEqual([]);
  for (const q of quotes) expect(q.split(' ').length, q).toBeGreaterThanOrEqual(3);
  await expect(page.locator('table.facts-table, section[aria-labelledby="key-facts"] p.muted')).toHaveCount(1);
  await page.goto(`${site!.url}topics/${topics[0]!.id}/`);
  await expect(page.locator('.verdict .strength-line')).toHaveText(/^(Strong for|Leans|Split|Too little evidence)\b/);
  await page.goto(site!.url);
  for (const meta of await page.locator('.source-card .meta').allTextContents()) expect(meta).toMatch(/ · (undated|\d{4}-\d\d-\d\d) · /);
  expect(await page.locator('main').textContent()).not.toMatch(/\bindependent\b/i);
});
