// The site as a reader meets it, in real Chromium: every page type opens cleanly, citations land on
// their sentence, the theme toggle remembers, and links hold under a sub-path (tests tagged @subpath).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadComparison } from '../../src/content/load.ts';
import { expect, test } from './fixtures.ts';

const content = process.env.CONTENT_DIR ?? 'content';
const claimTopics = new Set((JSON.parse(readFileSync(join(content, 'claims.json'), 'utf8')) as { topic: string }[]).map((c) => c.topic));
// The merged taxonomy (default topics and the folder's own), as the site shows it: topics some source speaks to.
const topics = loadComparison(content)
  .topics.map((t) => t.id)
  .filter((t) => claimTopics.has(t));
const articles = readdirSync(join(content, 'articles'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4));
const claims = JSON.parse(readFileSync(join(content, 'claims.json'), 'utf8')) as { topic: string }[];
const pages = ['', 'compare/', 'topics/', ...topics.map((t) => `topics/${t}/`), 'articles/', ...articles.map((a) => `articles/${a}/`), 'methodology/', 'choose/', 'search/'];

const basePath = () => new URL(test.info().project.use.baseURL!).pathname;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('every page opens with one h1, title, description, canonical and Open Graph tags @subpath', async ({ page }) => {
  expect(topics.length).toBeGreaterThan(0);
  expect(articles.length).toBeGreaterThan(0);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.locator('h1'), path).not.toBeEmpty();
    expect(await page.title(), path).not.toBe('');
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /\S{3,}/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname, path).toBe(`${basePath()}${path}`);
    await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:url"]'), path).toHaveAttribute('content', canonical!);
    await expect(page.locator('main#main'), path).toHaveCount(1);
    await expect(page.locator('nav[aria-label="Main"] a'), path).toHaveCount(5);
  }
});

test('every internal link and asset stays under the base path and ends in a slash or a file name @subpath', async ({ page, request }) => {
  const base = basePath();
  const seen = new Set<string>();
  for (const path of ['', 'compare/', `topics/${topics[0]}/`, `articles/${articles[0]}/`, 'methodology/']) {
    await page.goto(path);
    const urls = await page.locator('a[href], link[href], script[src]').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src));
    for (const raw of urls) {
      const url = new URL(raw);
      if (url.origin !== new URL(page.url()).origin) continue;
      expect(url.pathname, `${raw} on /${path}`).toMatch(new RegExp(`^${base.replace(/\//g, '\\/')}`));
      expect(url.pathname, raw).toMatch(/(\/|\.[a-z0-9]+)$/);
      seen.add(url.pathname);
    }
  }
  // The pages themselves must exist; /data/ downloads belong to another part of the build.
  for (const path of [...seen].filter((p) => !p.includes('/data/'))) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test('a citation on a topic page lands on the sentence it quotes @subpath', async ({ page }) => {
  const topic = topics.find((t) => claims.some((c) => c.topic === t));
  expect(topic, 'claims.json has claims on some topic').toBeTruthy();
  await page.goto(`topics/${topic}/`);
  const citation = page.locator('ol.by-source .cite').first();
  const quote = squash((await citation.locator('q').textContent()) ?? '');
  expect(quote.length).toBeGreaterThan(0);
  await citation.locator('a').click();
  await page.waitForURL(/\/articles\/[^/]+\/#.+/);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toHaveCount(1);
  expect(squash((await target.textContent()) ?? '')).toContain(quote);
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(target).toBeInViewport();
  // Highlighted when targeted: its background differs from the same element untargeted.
  const bg = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test('the comparison draws agreement bars and expandable quotes without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('compare/');
  const rows = page.locator('table.compare tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(page.locator('table.compare svg.bar-chart')).toHaveCount(await rows.count());
  const details = page.locator('table.compare details').first();
  await expect(details).toBeVisible();
  await details.locator('summary').click();
  await expect(details.locator('.cite').first()).toBeVisible();
  await expect(details.locator('.cite a').first()).toHaveAttribute('href', /\/articles\/[^/]+\/#./);
  await context.close();
});

test('pages ship no JavaScript but the theme script and the islands that need it', async ({ page }) => {
  // The search trigger is on every page (its UI loads only when opened); the chooser only where it is shown.
  const islands: Record<string, RegExp[]> = { '': [/\/Search\.astro_/, /\/Chooser\.astro_/], 'choose/': [/\/Search\.astro_/, /\/Chooser\.astro_/] };
  for (const path of ['', 'compare/', `topics/${topics[0]}/`, `articles/${articles[0]}/`, 'methodology/', 'choose/']) {
    await page.goto(path);
    const scripts = await page.locator('script').evaluateAll((els) => els.map((s) => (s as HTMLScriptElement).src || `inline:${s.textContent?.slice(0, 40)}`));
    const expected = islands[path] ?? [/\/Search\.astro_/];
    expect(scripts, path).toEqual([expect.stringMatching(/\/theme\.js$/), ...expected.map((re) => expect.stringMatching(re))]);
  }
});

test('dark mode follows the system and the toggle remembers the choice', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background()).not.toBe(dark);
  await page.goto('compare/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  await context.close();
});

test('the header pictures come from the stylesheet, and each icon shape loads and paints', async ({ page }) => {
  await page.goto('');
  // Drawn by CSS (global.css), not inline SVG in every page: a shape that failed to load (a typo in
  // its data URL, the page's CSP) would leave an empty box, so each is loaded and drawn here.
  const icons = await page.evaluate(async () => {
    const out: Array<{ name: string; painted: number; of: number }> = [];
    for (const el of document.querySelectorAll('.site-header .icon')) {
      const style = getComputedStyle(el);
      const url = /url\("?(data:[^")]+)"?\)/.exec(style.maskImage || style.getPropertyValue('-webkit-mask-image'))?.[1];
      let painted = 0;
      if (url) {
        const img = new Image();
        img.src = url;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 24;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0, 24, 24);
        const data = ctx.getImageData(0, 0, 24, 24).data;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      }
      out.push({ name: [...el.classList].join(' '), painted, of: 24 * 24 });
    }
    return out;
  });
  expect(icons.map((i) => i.name).sort()).toEqual(['icon icon-moon', 'icon icon-search', 'icon icon-sun']);
  // A shape, not an empty or a full square.
  for (const i of icons) expect(i.painted, i.name).toBeGreaterThan(i.of * 0.05);
  for (const i of icons) expect(i.painted, i.name).toBeLessThan(i.of * 0.6);
  for (const selector of ['.search-trigger .icon', '.brand-mark']) {
    const box = await page.locator(selector).boundingBox();
    expect(box?.width, selector).toBeGreaterThanOrEqual(16);
  }
  expect(await page.locator('.brand-mark').evaluate((el) => getComputedStyle(el).backgroundImage.match(/linear-gradient/g)?.length)).toBe(2);
});

test('skip link is the first stop and focus is visible', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('readable on a 360 px phone: no page scrolls sideways', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const path of ['', 'compare/', `topics/${topics[0]}/`, `articles/${articles[0]}/`, 'articles/', 'methodology/', 'choose/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    for (const link of await page.locator('nav[aria-label="Main"] a').all()) await expect(link, path).toBeInViewport();
  }
  await context.close();
});

test('article pages show origin, contents, section topics and a collapsed ingest report', async ({ page }) => {
  for (const id of articles) {
    await page.goto(`articles/${id}/`);
    await expect(page.locator('dl.origin')).toBeVisible();
    await expect(page.locator('[data-article-body]')).not.toBeEmpty();
    const report = page.locator('details.report');
    await expect(report).toHaveCount(1);
    expect(await report.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    // Every contents entry points at a heading that exists.
    for (const href of await page.locator('.toc a').evaluateAll((els) => els.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`), `${id} ${href}`).toHaveCount(1);
    }
  }
  await page.goto(`articles/${articles[0]}/`);
  expect(await page.locator('.section-topics .badge').count()).toBeGreaterThan(0);
});

test('coverage map is a table of sources by topics', async ({ page }) => {
  await page.goto('methodology/');
  const table = page.locator('table.coverage');
  await expect(table.locator('tbody tr')).toHaveCount(articles.length);
  await expect(table.locator('thead th')).toHaveCount(topics.length + 1);
  await expect(table.locator('tbody th[scope="row"]').first()).not.toBeEmpty();
});

test('404 page and robots.txt @subpath', async ({ page, request, problems }) => {
  problems.allow(/status of 404/);
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  const robots = await request.get('robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(new RegExp(`^Sitemap: https?://[^/]+${basePath()}sitemap-index\\.xml$`, 'm'));
});

test('print hides the chrome and keeps the comparison table with its quotes', async ({ page }) => {
  await page.goto('compare/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('table.compare')).toBeVisible();
  await expect(page.locator('table.compare .cite').first()).toBeVisible();
});

test('every citation on every topic page points at an element containing its quote', async ({ page }) => {
  const links = new Map<string, Set<string>>();
  for (const topic of topics) {
    await page.goto(`topics/${topic}/`);
    for (const [href, quote] of await page.locator('.cite').evaluateAll((els) => els.map((li) => [li.querySelector('a')!.href, li.querySelector('q')!.textContent ?? ''] as const))) {
      const set = links.get(href) ?? new Set<string>();
      set.add(squash(quote));
      links.set(href, set);
    }
  }
  expect(links.size).toBeGreaterThan(0);
  const byPage = new Map<string, [string, Set<string>][]>();
  for (const [href, quotes] of links) {
    const url = new URL(href);
    const list = byPage.get(url.pathname) ?? [];
    list.push([decodeURIComponent(url.hash.slice(1)), quotes]);
    byPage.set(url.pathname, list);
  }
  for (const [path, anchors] of byPage) {
    await page.goto(path);
    for (const [id, quotes] of anchors) {
      const text = squash(
        (await page
          .locator(`[id="${id}"]`)
          .first()
          .textContent({ timeout: 2000 })
          .catch(() => null)) ?? '',
      );
      for (const quote of quotes) expect(text, `${path}#${id}`).toContain(quote);
    }
  }
});
