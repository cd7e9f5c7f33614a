// Gate: size budgets, computed from the built files (deterministic: gzip level 9, no network).
//   HTML  each page <= 7 kB gzipped, not counting its article text (the body of an article page)
//   CSS   all CSS the site ships (files + inline <style>) <= 17 kB gzipped together
//   JS    what a page loads before search is opened <= 5 kB gzipped: its <script>s, modulepreloads
//         and every module they import statically. A dynamic import() (search, on demand) is not
//         counted; Pagefind is fetched only when search is opened.
// A browser check backs up the static one: a page left idle must not fetch more JS than that.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { expect, test } from '../fixtures.ts';
import { articleIds, BUILDS, filesWithExt, gz, htmlFiles, pagePath, pageType, parseHtml } from './site.ts';

const KB = 1000;
const BUDGET = { html: 7 * KB, css: 17 * KB, js: 5 * KB };
const { dir, base } = BUILDS[0];
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/** A URL in the page → the built file it names, or null for another origin. */
function fileFor(url: string, pageFile: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const clean = url.replace(/[?#].*$/, '');
  if (clean.startsWith('/')) return clean.startsWith(base) ? clean.slice(base.length) : null;
  return posix.normalize(posix.join(posix.dirname(pageFile), clean));
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+)["']/g;

/** A JS module's bytes plus everything it imports statically, each file counted once per page. */
function addModule(file: string, seen: Map<string, number>) {
  if (seen.has(file)) return;
  const code = readFileSync(join(dir, file));
  seen.set(file, gz(code));
  for (const m of code.toString('utf8').matchAll(STATIC_IMPORT)) {
    const target = fileFor(m[1]!, file);
    if (target) addModule(target, seen);
  }
}

function pageJs(root: HTMLElement, file: string): { bytes: number; files: string[] } {
  const seen = new Map<string, number>();
  let inline = 0;
  for (const script of root.querySelectorAll('script')) {
    if (!EXECUTABLE.test(script.getAttribute('type') ?? '')) continue;
    const src = script.getAttribute('src');
    if (src) {
      const target = fileFor(src, file);
      if (target) addModule(target, seen);
    } else inline += gz(script.rawText);
  }
  for (const link of root.querySelectorAll('link[rel="modulepreload"], link[rel="preload"][as="script"]')) {
    const target = fileFor(link.getAttribute('href') ?? '', file);
    if (target) addModule(target, seen);
  }
  return { bytes: inline + [...seen.values()].reduce((a, b) => a + b, 0), files: [...seen.keys()] };
}

/** The page without its article text: the inner HTML of the element holding the rendered article. */
function withoutArticleText(root: HTMLElement, path: string, ids: Set<string>): string {
  const id = path.replace(/\/$/, '').split('/').pop() ?? '';
  if (!ids.has(id)) return root.toString();
  const marked = root.querySelectorAll('[data-article-body]');
  const bodies = marked.length
    ? marked
    : root
        .querySelectorAll('article')
        .sort((a, b) => b.textContent.length - a.textContent.length)
        .slice(0, 1);
  for (const el of bodies) el.set_content('');
  return root.toString();
}

test('budgets: HTML per page, CSS total, JS per page type (built files)', () => {
  const files = htmlFiles(dir);
  expect(files.length).toBeGreaterThan(0);
  const ids = articleIds();
  const over: string[] = [];
  const perType = new Map<string, { pages: number; html: number; js: number; jsFiles: Set<string> }>();
  const inlineStyles = new Set<string>();
  const linkedCss = new Set<string>();

  for (const file of files) {
    const raw = readFileSync(join(dir, file), 'utf8');
    const path = pagePath(file);
    const root = parseHtml(raw);
    for (const style of root.querySelectorAll('style')) inlineStyles.add(style.rawText);
    for (const link of root.querySelectorAll('link[rel="stylesheet"]')) {
      const target = fileFor(link.getAttribute('href') ?? '', file);
      if (target) linkedCss.add(target);
    }
    const js = pageJs(root, file);
    const html = gz(withoutArticleText(parseHtml(raw), path, ids));
    if (html > BUDGET.html) over.push(`/${path}: HTML ${html} B gz without article text > ${BUDGET.html} B`);
    if (js.bytes > BUDGET.js) over.push(`/${path}: JS before search ${js.bytes} B gz > ${BUDGET.js} B (${js.files.join(', ')})`);
    const type = pageType(path);
    const t = perType.get(type) ?? { pages: 0, html: 0, js: 0, jsFiles: new Set() };
    t.pages++;
    t.html = Math.max(t.html, html);
    t.js = Math.max(t.js, js.bytes);
    js.files.forEach((f) => t.jsFiles.add(f));
    perType.set(type, t);
  }

  // Every stylesheet the site ships, linked or not, plus any a page links from elsewhere (e.g. Pagefind's).
  const cssFiles = new Set([...filesWithExt(dir, ['.css']), ...linkedCss]);
  const css = [...cssFiles].reduce((sum, f) => sum + gz(readFileSync(join(dir, f))), 0) + [...inlineStyles].reduce((sum, s) => sum + gz(s), 0);
  if (css > BUDGET.css) over.push(`CSS ${css} B gz in ${cssFiles.size} file(s) and ${inlineStyles.size} inline block(s) > ${BUDGET.css} B`);

  console.log(`budgets (gzip -9, bytes): CSS total ${css} / ${BUDGET.css}`);
  console.log(`  ${'page type'.padEnd(16)} ${'pages'.padStart(5)} ${'max HTML'.padStart(9)} ${'max JS'.padStart(7)}  JS files`);
  for (const [type, t] of [...perType].sort()) {
    console.log(`  ${type.padEnd(16)} ${String(t.pages).padStart(5)} ${String(t.html).padStart(9)} ${String(t.js).padStart(7)}  ${[...t.jsFiles].join(' ') || '-'}`);
  }
  expect(over, 'over budget').toEqual([]);
});

// The static count above cannot see a script that fetches more code later (at idle, on a timer).
// So: one page of each type, loaded and left idle, must not have fetched more JS than the budget.
// The search page is left out: it opens search on arrival, which is what the budget counts up to.
const byType = new Map<string, string>();
for (const file of htmlFiles(dir)) {
  const path = pagePath(file);
  if (file !== '404.html' && pageType(path) !== 'search' && !byType.has(pageType(path))) byType.set(pageType(path), path);
}
for (const [type, path] of byType) {
  test(`budgets: a ${type} page left idle fetches <= ${BUDGET.js} B gz of JS (/${path})`, async ({ page }) => {
    const scripts: Promise<number>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script') scripts.push(res.body().then(gz, () => 0));
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    expect(bytes, `JS fetched by an idle /${path}`).toBeLessThanOrEqual(BUDGET.js);
  });
}
