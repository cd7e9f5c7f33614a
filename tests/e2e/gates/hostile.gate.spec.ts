// Gate: a content folder holding the five seed articles plus every hostile class seen so far (issue
// 10) ingests and builds with exit 0, and the result is inert. Classes: raw HTML and MDX in the body,
// markup and images hidden inside links whose targets are refused, a file name that would close the
// frontmatter, addresses that are not URLs, empty and binary files, a hidden file, a symbolic link, an
// id clash, and parser bombs (generated: several are megabytes). The site is built into a temp folder
// (never the default site), served, and every page is read both as files and in Chromium.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../../../scripts/serve.ts';
import { BOMBS } from '../../fixtures/hostile/bombs.ts';
import { expect, test } from '../fixtures.ts';
import { htmlFiles, parseHtml, sitemapPathsOnDisk } from './site.ts';

const FIXTURE = 'tests/fixtures/hostile/content';
// A folder of its own per run (made in beforeAll), so two test runs never share one.
let WORK = '';
let CONTENT = '';
let OUT = '';
let MARKER = '';
let ingestReport = '';
const CANARY = `canary-${process.pid}-${Date.now()}`;
// Would close the frontmatter and open an expression if it were ever pasted into the MDX.
const NEWLINE_NAME = "evil\n---\n{process.getBuiltinModule('fs').writeFileSync(process.env.HOSTILE_MARKER, 'ran')}\n.md";

/** Strings of the sources that must be visible, verbatim, on their article pages. */
const VISIBLE: Record<string, string[]> = {
  'hostile-markup': [
    '<script>alert(1)</script>',
    '<a href="javascript:alert(7)">raw link</a>',
    '{alert(9)}',
    "import { danger } from './evil.js'",
    'export const pwned = alert(10)',
    '<!-- this comment is never closed',
    'Text after the unclosed comment:',
  ],
  'hostile-links': [
    '<img alt={process.env.HOSTILE_CANARY} />',
    '<b onclick="alert(21)">bold</b>',
    '[secret]',
    '[missing]',
    '<svg onload=alert(22)>',
    '<iframe srcdoc="<script>alert(24)</script>"></iframe>',
    "writeFileSync(process.env.HOSTILE_MARKER, 'ran')",
    '<script src="../../pwn.js"></script>',
  ],
  // Not from ingest: a file written into articles/ by hand, as if ingest had a gap. The site renders
  // articles as Markdown, which passes raw HTML through; its own tag allowlist must make it text.
  'hand-edited': ['<script>alert(31)</script>', '<img src=x onerror=alert(32)>', '<iframe src="https://evil.example/"></iframe>'],
};

/** Raw HTML appended to a copy of an ingested article, bypassing ingest (see VISIBLE). */
const HAND_EDITED = [
  '',
  '<script>alert(31)</script>',
  '',
  'Inline <img src=x onerror=alert(32)> and <iframe src="https://evil.example/"></iframe> and <a href="javascript:alert(33)">a link</a>.',
  '',
  '<h2 id="x" onclick="alert(34)">Heading</h2>',
  '',
].join('\n');

let site: { url: string; close: () => Promise<void> } | undefined;

function run(label: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  mkdirSync('test-results', { recursive: true });
  WORK = resolve(mkdtempSync('test-results/hostile-site-'));
  CONTENT = join(WORK, 'content');
  OUT = join(WORK, 'dist');
  MARKER = join(WORK, 'build-ran-article-code');
  cpSync(FIXTURE, CONTENT, { recursive: true });
  const sources = join(CONTENT, 'sources');
  cpSync('content/sources', sources, { recursive: true });
  for (const bomb of BOMBS) writeFileSync(join(sources, bomb.name), bomb.bytes());
  writeFileSync(join(sources, NEWLINE_NAME), '---\ntitle: A file name with newlines\n---\n\nDjango is big and Flask is small.\n');
  writeFileSync(join(sources, 'empty.md'), '');
  writeFileSync(join(sources, 'binary.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(sources, '.hidden.md'), '# Hidden\n\nFlask.\n');
  symlinkSync('/etc/passwd', join(sources, 'passwd.md'));
  const env = { CONTENT_DIR: CONTENT, OUT_DIR: OUT, ASTRO_CACHE_DIR: join(WORK, '.astro-cache'), SITE_BASE: '/', HOSTILE_CANARY: CANARY, HOSTILE_MARKER: MARKER };
  run('first ingest of the hostile folder', ['src/ingest/cli.ts', '--content', CONTENT], env);
  // Added later, slugs to the id of hostile-links.md and sorts before it: it must not take that article over.
  writeFileSync(join(sources, 'Hostile Links.md'), '# Impostor\n\nDjango.\n');
  ingestReport = run('ingest of the hostile folder', ['src/ingest/cli.ts', '--content', CONTENT], env);
  // What `npm run build` runs, step by step: the freshness check, then Astro (which writes the search index).
  run('ingest --check of the hostile folder', ['src/ingest/cli.ts', '--check', '--content', CONTENT], env);
  const copy = readFileSync(join(CONTENT, 'articles', 'hostile-markup.mdx'), 'utf8');
  writeFileSync(join(CONTENT, 'articles', 'hand-edited.mdx'), copy + HAND_EDITED);
  run('astro build of the hostile site', ['node_modules/astro/bin/astro.mjs', 'build'], env);
  site = await serve(OUT, '/', 0);
});

test.afterAll(async () => {
  await site?.close();
  if (WORK) rmSync(WORK, { recursive: true, force: true });
});

test('every hostile source is imported inert or reported with file:line:col, reason and rule; the seeds are all there', () => {
  const articles = readdirSync(join(CONTENT, 'articles'));
  for (const seed of readdirSync('content/articles')) expect(articles, seed).toContain(seed);
  for (const bomb of BOMBS) {
    if (bomb.expect === 'imported') expect(articles).toContain(bomb.name.replace(/\.md$/, '.mdx'));
    else expect(ingestReport).toMatch(new RegExp(`✗ \\S*${bomb.name.replace('.', '\\.')} was not imported\\n {4}\\S*${bomb.name.replace('.', '\\.')}:\\d+:\\d+ {2}.+ {2}${bomb.expect}\\n`));
  }
  expect(ingestReport).toMatch(/empty\.md:1:1 {2}The file is empty/);
  expect(ingestReport).toMatch(/binary\.md:1:1 {2}This is a PNG image/);
  expect(ingestReport).toMatch(/\.hidden\.md skipped: hidden files/);
  expect(ingestReport).toMatch(/passwd\.md skipped: it is a symbolic link/);
  expect(ingestReport).toMatch(/Hostile Links\.md was not imported\n.*Its article id "hostile-links" belongs to hostile-links\.md/);
  expect(ingestReport).toMatch(/bad-url\.md:3:1 {2}The frontmatter's url "http:\/\/exa mple\.com" was left out/);
  expect(ingestReport).toMatch(/bad-sidecar-url\.md:1:1 {2}The sidecar's url "javascript:alert\(26\)" was left out/);
  // The newline name is shown escaped, on one line, and its article exists.
  expect(ingestReport).toContain(JSON.stringify(NEWLINE_NAME));
  expect(articles).toContain('evil-process-getbuiltinmodule-fs-writefilesync-process-env-hostile-marker-ran.mdx');
  expect(readFileSync(join(CONTENT, 'articles', 'hostile-links.mdx'), 'utf8')).toContain('Markup hidden inside links');
});

test('nothing in any article ran during the build, and nothing outside the content folder was published', () => {
  expect(existsSync(MARKER), 'an article expression wrote the marker file during the build').toBe(false);
  const files = allFiles(OUT);
  for (const file of files) {
    if (/\.(html|js|css|json|xml|txt|csv)$/.test(file)) expect(readFileSync(file, 'utf8').includes(CANARY), `${file} holds the canary env value`).toBe(false);
  }
  // Astro publishes imported images into _astro/: only our own scripts and styles may be there.
  const assets = readdirSync(join(OUT, '_astro'));
  expect(assets.filter((f) => !/\.(js|css)$/.test(f))).toEqual([]);
  expect(files.some((f) => /pwn\.js$|passwd/.test(f))).toBe(false);
});

test('no built page carries handlers, script-capable URLs, frames, srcdoc or foreign scripts (static scan)', () => {
  const found: string[] = [];
  for (const file of htmlFiles(OUT)) {
    const root = parseHtml(readFileSync(join(OUT, file), 'utf8'));
    for (const el of root.querySelectorAll('*')) {
      const tag = el.rawTagName?.toLowerCase() ?? '';
      if (['iframe', 'frame', 'object', 'embed', 'applet', 'base'].includes(tag)) found.push(`${file}: <${tag}>`);
      for (const [name, value] of Object.entries(el.attributes)) {
        if (/^on/i.test(name)) found.push(`${file}: <${tag} ${name}>`);
        if (name.toLowerCase() === 'srcdoc') found.push(`${file}: <${tag} srcdoc>`);
        if (/^\s*(javascript|vbscript|data|file):/i.test(value)) found.push(`${file}: <${tag} ${name}="${value.slice(0, 40)}">`);
      }
      if (tag === 'script') {
        const src = el.getAttribute('src');
        if (src !== undefined && !/^\/(_astro\/|pagefind\/|theme\.js)/.test(src)) found.push(`${file}: <script src="${src}">`);
        if (src === undefined && /alert|pwn|evil|HOSTILE/.test(el.text)) found.push(`${file}: inline script ${el.text.slice(0, 40)}`);
      }
    }
  }
  expect(found).toEqual([]);
});

for (const [article, visible] of Object.entries(VISIBLE)) {
  test(`the ${article} article shows its markup as text and runs none of it`, async ({ page, problems }) => {
    await page.goto(`${site!.url}articles/${article}/`);
    const text = await page.locator('body').innerText();
    for (const v of visible) expect(text, `"${v}" shown as text`).toContain(v);
    for (const v of visible) await expect(page.getByText(v, { exact: false }).first()).toBeVisible();
    expect(problems.list).toEqual([]);
  });
}

test('a bare <img> line (layout-only HTML, issue 12) is removed from the body and listed, as text, in the ingest report', async ({ page, problems }) => {
  await page.goto(`${site!.url}articles/hostile-markup/`);
  const body = page.locator('[data-article-body]');
  await expect(body).toContainText('<script>alert(1)</script>');
  await expect(body).not.toContainText('alert(3)');
  await page.locator('summary', { hasText: 'What ingest changed' }).click();
  await expect(page.locator('details[open]').first()).toContainText('<img src=x onerror="alert(3)">');
  expect(problems.list).toEqual([]);
});

test('no page of the hostile site carries handlers, javascript: URLs or foreign scripts in the browser', async ({ page, problems }) => {
  // About forty pages (the seeds and every hostile article), each loaded until the network is idle.
  test.setTimeout(240_000);
  const paths = sitemapPathsOnDisk(OUT, '/');
  expect(paths).toContain('articles/hostile-markup/');
  expect(paths).toContain('articles/hostile-links/');
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(`${site!.url}${path}`);
    await page.waitForLoadState('networkidle');
    const bad = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) out.push(`<${el.localName} ${attr.name}>`);
          if (/^\s*(javascript|vbscript|data):/i.test(attr.value)) out.push(`<${el.localName} ${attr.name}="${attr.value}">`);
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
