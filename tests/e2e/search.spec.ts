import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { NOT_INDEXED } from '../../src/integrations/not-indexed.ts';
import { expect, test } from './fixtures.ts';

const topics = parse(readFileSync('content/topics.yaml', 'utf8')) as Array<{ id: string; label: string; aliases?: string[] }>;
const firstResult = (page: Page) => page.locator('dialog.search-dialog[open] .search-results a').first();

async function openSearchWithKeyboard(page: Page) {
  await page.keyboard.press('Control+k');
  await expect(page.locator('dialog.search-dialog[open] input')).toBeFocused({ timeout: 15_000 });
}

test('keyboard only: Ctrl+K opens search, a topic name finds its topic page first, Enter opens it @subpath', async ({ page }) => {
  await page.goto('./');
  await openSearchWithKeyboard(page);
  const topic = topics.find((t) => t.id === 'scalability') ?? topics[0]!;
  await page.keyboard.type(topic.label);
  await expect(firstResult(page)).toHaveAttribute('href', new RegExp(`topics/${topic.id}/`));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`topics/${topic.id}/`));
  await expect(page.locator('h1')).toHaveText(topic.label);
});

test('every topic page is the first result for its own name, and Escape closes the dialog', async ({ page }) => {
  await page.goto('./');
  await openSearchWithKeyboard(page);
  const input = page.locator('dialog.search-dialog[open] input');
  for (const t of topics) {
    await input.fill(t.label);
    await expect(firstResult(page), t.label).toHaveAttribute('href', new RegExp(`/topics/${t.id}/`));
  }
  // One Escape closes the dialog, even with text in its search box.
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.search-dialog[open]')).toHaveCount(0);
});

test('synonyms from the taxonomy find their topic ("speed" → performance, "ease of learning" → learning curve) @subpath', async ({ page }) => {
  for (const [query, id] of [
    ['speed', 'performance'],
    ['ease of learning', 'learning-curve'],
  ] as const) {
    const topic = topics.find((t) => t.id === id)!;
    expect(topic.aliases, `${id} lists "${query}" as an alias`).toContain(query);
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    // "speed" is also in the label "Development speed", which is offered first (search-ui.spec.ts).
    const hit = page.locator('.topic-hits a').filter({ hasText: topic.label });
    await expect(hit).toHaveCount(1, { timeout: 15_000 });
    await expect(hit).toHaveAttribute('href', new RegExp(`topics/${id}/$`));
    await expect(hit.locator('xpath=..')).toContainText(`also called “${query}”`);
  }
  // In the dialog too, under the search box.
  await page.goto('./');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('speed');
  await expect(page.locator('dialog.search-dialog[open] .topic-hits a').filter({ hasText: topics.find((t) => t.id === 'performance')!.label })).toHaveCount(1);
});

test('the search page restores a shared URL, and a kind filter, opened on request, narrows the results and is kept in the URL @subpath', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('search/?q=learning');
  await expect(page.locator('.search-field input')).toHaveValue('learning');
  const summary = page.locator('.search-status');
  await expect(summary).toContainText(/\d+ results? for learning/, { timeout: 15_000 });
  const before = Number((await summary.textContent())!.match(/(\d+) result/)![1]);
  // The filters open on request, and only then fetch their index (a search without them never does).
  const pane = page.locator('.search-filters details');
  await expect(pane).not.toHaveAttribute('open');
  expect(
    requested.filter((u) => u.includes('/filter/')),
    'filter indexes before the pane is opened',
  ).toEqual([]);
  await page.locator('.search-filters summary').click();
  await expect(page.locator('.search-filters .filter-group').first()).toBeVisible();
  expect(requested.filter((u) => u.includes('/filter/')).length, 'filter indexes once it is').toBeGreaterThan(0);
  const topicPages = page
    .locator('.search-filters label')
    .filter({ hasText: /^\s*Topic/ })
    .first();
  await topicPages.click();
  await expect(page).toHaveURL(/kind=Topic/);
  await expect.poll(async () => Number(((await summary.textContent()) ?? '').match(/(\d+) result/)?.[1] ?? NaN)).toBeLessThan(before);
  // The filtered URL restores the same filtered search.
  const shared = page.url();
  await page.goto(shared);
  await expect(page.locator('.search-field input')).toHaveValue('learning');
  await expect(pane, 'a shared address with filters opens them').toHaveAttribute('open');
  await expect(page.locator('.search-filters input[value="Topic"]')).toBeChecked();
  await expect(summary).toContainText(/\d+ results? for learning/, { timeout: 15_000 });
  const after = Number((await summary.textContent())!.match(/(\d+) result/)![1]);
  expect(after).toBeLessThan(before);
});

test('a claim is found on its own and lands on its sentence, highlighted @subpath', async ({ page, baseURL }) => {
  await page.goto('./');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('steeper learning curve');
  // Results follow the typing: wait for those of the whole query, not of "steeper learning curv".
  await expect(page.locator('dialog.search-dialog[open] .search-status')).toContainText(/results? for steeper learning curve$/, { timeout: 15_000 });
  const claim = page.locator('dialog.search-dialog[open] .search-results a', { hasText: /Learning curve \(against\)/ }).first();
  await expect(claim).toBeVisible({ timeout: 15_000 });
  const href = (await claim.getAttribute('href'))!;
  expect(href).toMatch(/articles\/[^/]+\/.*#c-\d+$/);
  // Under a sub-path the link carries the base exactly once (it was added twice before).
  const base = new URL(baseURL!).pathname;
  expect(new URL(href, page.url()).pathname).toMatch(new RegExp(`^${base}articles/[^/]+/$`));
  await claim.click();
  const anchor = href.split('#')[1]!;
  const target = page.locator(`[id="${anchor}"]`);
  await expect(target).toBeVisible();
  await expect(target).toContainText(/steeper/i);
  // The sentence is the :target, and the searched words are marked on the page.
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
});

test('search costs nothing before use, and the first query, result fragments included, stays within budget', async ({ page }) => {
  const bytes = new Map<string, number>();
  // Bodies are read asynchronously; every read is awaited before adding up, so late responses count.
  const reads: Promise<void>[] = [];
  page.on('response', (r) => {
    const url = r.url();
    if (!/\.(js|css|json)$|pagefind/.test(url)) return;
    reads.push(
      r.body().then(
        // A static host serves text gzipped; Pagefind's index files are compressed already.
        (body) => void bytes.set(url, /\.(js|css|json)$/.test(url) ? gzipSync(body).length : body.length),
        () => undefined,
      ),
    );
  });
  await page.goto('topics/security/');
  await page.waitForLoadState('networkidle');
  await Promise.all(reads);
  const before = [...bytes].filter(([u]) => u.endsWith('.js')).reduce((n, [, b]) => n + b, 0);
  expect(
    [...bytes.keys()].some((u) => u.includes('/pagefind/')),
    'no search file before search is opened',
  ).toBe(false);
  expect(before, 'JavaScript before search is opened, gzipped').toBeLessThan(5 * 1024);
  const seen = new Set(bytes.keys());
  await openSearchWithKeyboard(page);
  await page.keyboard.type('security');
  await expect(firstResult(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  await Promise.all(reads);
  const fresh = [...bytes].filter(([u]) => !seen.has(u));
  const first = fresh.reduce((n, [, b]) => n + b, 0);
  const fragments = fresh.filter(([u]) => u.includes('/fragment/'));
  const engine = fresh.filter(([u]) => u.includes('/pagefind/')).reduce((n, [, b]) => n + b, 0);
  console.log(
    `  JS before search: ${before} B gz; first query "security": ${first} B (Pagefind API and index ${engine} B, results UI ${first - engine} B), of which ${fragments.length} result fragment(s) ${fragments.reduce((n, [, b]) => n + b, 0)} B`,
  );
  expect(
    fresh.filter(([u]) => /pagefind-(component-|modular-)?ui|pagefind-worker/.test(u)).map(([u]) => u),
    "Pagefind's own UI and its worker are not loaded",
  ).toEqual([]);
  expect(fragments.length, 'the results shown were loaded and counted').toBeGreaterThan(0);
  // Issue 14 asks for at most 150 kB at 5 articles. Measured 118.5 kB (2026-12-02, 123 kB before the
  // pages' repeated parts left the index): Pagefind's WebAssembly (60 kB) and pagefind.js (13 kB), the
  // one index chunk (21 kB; no filter chunk: the dialog filters nothing), the five result fragments shown
  // (about 19 kB: a seed article's fragment is its whole text) and our results UI (under 5 kB). Pagefind's
  // Component UI, 48 kB with its CSS, is no longer loaded. `npm run bench` compares with Starlight.
  expect(first).toBeLessThan(122 * 1024);
});

test('what pages repeat around the author’s words is not indexed: a topic or article page’s search record lacks it', async ({ page }) => {
  await page.goto('topics/security/');
  // Per page found for "security": each left-out part must occur in its search record no more often
  // than in the rest of the page (a badge "Use cases" may head a section too); indexed, it would be once more.
  const found = await page.evaluate(async (selectors) => {
    const squash = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
    const count = (hay: string, needle: string) => hay.split(needle).length - 1;
    const bundle = document.querySelector<HTMLElement>('versus-search')!.dataset.bundle!;
    const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
    const search = await pagefind.search('security');
    const records: Array<{ url: string; content: string }> = await Promise.all(search.results.map((r: { data: () => Promise<unknown> }) => r.data()));
    const out: Array<{ url: string; parts: number; leaked: string[] }> = [];
    for (const record of records) {
      const served = new DOMParser().parseFromString(await (await fetch(record.url)).text(), 'text/html');
      const main = served.querySelector('[data-pagefind-body]')!;
      const parts = selectors.flatMap((sel) => [...main.querySelectorAll(sel)].map((el) => ({ sel, text: squash(el.textContent ?? '') }))).filter((p) => p.text.length > 3);
      for (const el of main.querySelectorAll(['[data-pagefind-ignore]', 'svg', ...selectors].join(', '))) el.remove();
      const rest = squash(main.textContent ?? '');
      const content = squash(record.content);
      out.push({ url: record.url, parts: parts.length, leaked: parts.filter((p) => count(content, p.text) > count(rest, p.text)).map((p) => `${p.sel} ${p.text.slice(0, 60)}`) });
    }
    return out;
  }, NOT_INDEXED);
  expect(found.length, 'pages found for "security"').toBeGreaterThan(3);
  // The check looks at real parts: the topic page has its eyebrow and findings, articles their origin and badges.
  expect(found.find((f) => f.url.includes('/topics/security/'))?.parts, 'left-out parts on the security topic page').toBeGreaterThanOrEqual(2);
  expect(found.filter((f) => f.url.includes('/articles/') && f.parts >= 3).length, 'articles with an eyebrow, origin and badges').toBeGreaterThan(0);
  expect(found.flatMap((f) => f.leaked.map((l) => `${f.url} ${l}`))).toEqual([]);
});

test('the deploy carries Pagefind’s API and index but none of its ready-made UIs @subpath', async ({ request }) => {
  expect((await request.get('pagefind/pagefind.js')).status()).toBe(200);
  expect((await request.get('pagefind/pagefind-highlight.js')).status()).toBe(200);
  for (const ui of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-modular-ui.css']) expect((await request.get(`pagefind/${ui}`)).status(), ui).toBe(404);
});
