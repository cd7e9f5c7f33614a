// Phones: no page is wider than a 360 px screen, and a table that is wider scrolls inside its own
// box, which takes keyboard focus, has a name, and shows that there is more to the right.
import type { Page } from '@playwright/test';
import { DIST, SUB_BASE } from '../../playwright.config.ts';
import { expect, test } from './fixtures.ts';
import { sitemapPathsOnDisk } from './gates/site.ts';

const WIDTH = 360;

/** Every element that scrolls sideways, with what a reader needs to find and use it. */
async function sideScrollers(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX) && el.clientWidth > 0)
      .map((el) => ({
        what: `${el.tagName.toLowerCase()}.${el.className}`,
        focusable: el.tabIndex >= 0,
        named: Boolean(el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent?.trim())),
        cue: getComputedStyle(el, '::before').content,
      })),
  );
}

async function checkPage(page: Page, path: string) {
  await page.goto(path);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `/${path} is ${width} px wide on a ${WIDTH} px screen`).toBeLessThanOrEqual(WIDTH);
  // The cue is a scroll-state container query, answered from a snapshot the browser takes once per
  // frame: on a loaded machine it showed a frame or more after load, so it is waited for, within 5 s.
  await expect
    .poll(async () => (await sideScrollers(page)).filter((s) => !/Scroll sideways/.test(s.cue)).map((s) => s.what), {
      message: `/${path}: an element scrolls sideways without a visible cue`,
      timeout: 5_000,
    })
    .toEqual([]);
  for (const s of await sideScrollers(page)) {
    expect(s.focusable, `/${path}: ${s.what} scrolls sideways but cannot take keyboard focus`).toBe(true);
    expect(s.named, `/${path}: ${s.what} scrolls sideways but has no name`).toBe(true);
    expect(s.cue, `/${path}: ${s.what} scrolls sideways without a visible cue`).toMatch(/Scroll sideways/);
  }
}

test(`every page in the sitemap fits a ${WIDTH} px screen; wider tables scroll in a labelled, focusable box with a cue`, async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: WIDTH, height: 740 } });
  const page = await context.newPage();
  const paths = sitemapPathsOnDisk(DIST, '/');
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) await checkPage(page, path);
  await context.close();
});

test(`pages with wide content fit a ${WIDTH} px screen under a sub-path too @subpath`, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: WIDTH, height: 740 } });
  const page = await context.newPage();
  const articles = sitemapPathsOnDisk(DIST, '/').filter((p) => /^articles\/.+\//.test(p));
  for (const path of ['', 'compare/', 'choose/', 'methodology/', 'search/?q=security', ...articles.slice(0, 3)]) await checkPage(page, path);
  expect(SUB_BASE).toMatch(/^\/.+\/$/);
  await context.close();
});

test('on a phone the chooser table becomes one card per source, each column labelled', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: WIDTH, height: 740 } });
  const page = await context.newPage();
  await page.goto('choose/');
  const box = page.locator('.table-wrap:has(table.chooser)');
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  const cells = page.locator('table.chooser td');
  expect(await cells.count()).toBeGreaterThan(2);
  for (const cell of await cells.all()) {
    expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/^"Choose .+ if…"$/);
    const { left, right } = await cell.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right, 'every column shows without scrolling sideways').toBeLessThanOrEqual(WIDTH);
  }
  await context.close();
});
