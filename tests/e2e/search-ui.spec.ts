// The search UI as a reader on a phone meets it: themed with the site in light and dark (no white
// cards, every text readable: axe finds nothing), one way to close the dialog, a "did you mean" for
// typos, and topic suggestions that agree with the results.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PHONE = { width: 375, height: 812 };

async function phone(browser: Browser, baseURL: string, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ baseURL, viewport: PHONE, colorScheme });
  return { context, page: await context.newPage() };
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`));
}

/** Painted backgrounds inside the search UI that are light (luminance over 0.4), as "tag.class #rgb". */
async function lightSurfaces(page: Page, root: string): Promise<string[]> {
  return page.locator(root).evaluateAll((roots) => {
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const out: string[] = [];
    for (const r of roots)
      for (const el of [r, ...r.querySelectorAll('*')]) {
        const c = (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
        if (c.length < 3 || (c[3] ?? 1) === 0 || !(el as HTMLElement).offsetParent) continue;
        const l = 0.2126 * lin(c[0]!) + 0.7152 * lin(c[1]!) + 0.0722 * lin(c[2]!);
        if (l > 0.4) out.push(`${el.tagName.toLowerCase()}.${el.className} ${getComputedStyle(el).backgroundColor}`);
      }
    return out;
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`search results page at 375 px, ${scheme}: themed, and axe finds nothing with results shown`, async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const { context, page } = await phone(browser, baseURL!, scheme);
    await page.goto('search/?q=security');
    await expect(page.locator('.search-results a').first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.topic-hits a').first()).toHaveText('Security');
    // The filters open on request; axe and the screenshots see them open.
    await page.locator('.search-filters summary').click();
    await expect(page.locator('.search-filters .filter-group').first()).toBeVisible({ timeout: 15_000 });
    await page.waitForTimeout(300); // result images and excerpts settle
    await page.locator('.search-field').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/search-page-phone-${scheme}.png` });
    await page.locator('.search-filters').screenshot({ path: `test-results/screenshots/search-filters-phone-${scheme}.png` });
    if (scheme === 'dark') expect(await lightSurfaces(page, '.search-page'), 'light cards in the dark scheme').toEqual([]);
    expect(await axe(page), `axe on /search/?q=security [${scheme}]`).toEqual([]);
    await context.close();
  });

  test(`search dialog at 375 px, ${scheme}: themed, one close button, and axe finds nothing with results shown`, async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const { context, page } = await phone(browser, baseURL!, scheme);
    await page.goto('');
    await page.locator('.search-trigger').click();
    const dialog = page.locator('dialog.search-dialog[open]');
    await expect(dialog.locator('input')).toBeFocused({ timeout: 15_000 });
    await page.keyboard.type('security');
    await expect(dialog.locator('.search-results a').first()).toBeVisible({ timeout: 15_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `test-results/screenshots/search-dialog-phone-${scheme}.png` });
    const closers = dialog.getByRole('button', { name: /close/i });
    let visible = 0;
    for (const b of await closers.all()) if (await b.isVisible()) visible++;
    expect(visible, 'visible close buttons in the dialog').toBe(1);
    if (scheme === 'dark') expect(await lightSurfaces(page, 'dialog.search-dialog[open]'), 'light cards in the dark scheme').toEqual([]);
    expect(await axe(page), `axe with the search dialog open [${scheme}]`).toEqual([]);
    await context.close();
  });
}

test('a typo that finds nothing offers "Did you mean security?", reachable by keyboard, and runs it @subpath', async ({ page }) => {
  await page.goto('search/?q=secuirty');
  const offer = page.locator('.did-you-mean');
  await expect(offer).toHaveText('Did you mean security?', { timeout: 15_000 });
  // From the search box, the keyboard reaches the correction before the filters.
  await page.locator('.search-field input').focus();
  const button = offer.getByRole('button', { name: 'security' });
  for (let i = 0; i < 5 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-field input')).toHaveValue('security');
  await expect(page.locator('.search-results a').first()).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/q=security/);
  await expect(offer).toHaveCount(0);
});

test('the dialog offers the correction too, and a query that finds results offers none', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog.search-dialog[open]');
  await expect(dialog.locator('input')).toBeFocused({ timeout: 15_000 });
  await page.keyboard.type('scalabilty');
  await expect(dialog.locator('.search-status')).toContainText('No results', { timeout: 15_000 });
  await expect(dialog.locator('.did-you-mean')).toHaveText('Did you mean scalability?');
  await dialog.locator('.did-you-mean button').click();
  await expect(dialog.locator('input')).toHaveValue('scalability');
  await expect(dialog.locator('.search-results a').first()).toHaveAttribute('href', /topics\/scalability\//, { timeout: 15_000 });
  await expect(dialog.locator('.did-you-mean')).toHaveCount(0);
});

test('"speed": the first topic offered is the one the first results are about, and the synonym is offered too @subpath', async ({ page }) => {
  await page.goto('search/?q=speed');
  const hits = page.locator('.topic-hits a');
  await expect(hits.first()).toBeVisible({ timeout: 15_000 });
  const first = page.locator('.search-results a').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  const firstTopic = (await hits.first().getAttribute('href'))!;
  // The first result is the offered topic's page, or a claim filed under that topic.
  const resultHref = (await first.getAttribute('href'))!;
  const resultText = (await first.textContent()) ?? '';
  const label = (await hits.first().textContent())!;
  expect(resultHref.endsWith(firstTopic) || resultText.includes(label), `first result ${resultHref} "${resultText}" is about ${label}`).toBe(true);
  await expect(hits).toContainText(['Performance']);
});

test('the dialog: the header button opens it, Tab stays inside, Close and Escape close it, and focus goes back to the button', async ({ page }) => {
  await page.goto('');
  const trigger = page.locator('.search-trigger');
  await trigger.click();
  const dialog = page.locator('dialog.search-dialog[open]');
  await expect(dialog.locator('input')).toBeFocused({ timeout: 15_000 });
  await page.keyboard.type('security');
  // The results of the whole word, not of a prefix typed before (those are replaced when it arrives).
  await expect(dialog.locator('.search-status')).toHaveText(/results for security$/, { timeout: 15_000 });
  await expect(dialog.locator('.search-results a').first()).toBeVisible();
  // Forwards and backwards past the ends, focus never leaves the dialog (the page behind is inert).
  for (const key of ['Tab', 'Shift+Tab'])
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(key);
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog.search-dialog')), `${key} ×${i + 1} stays in the dialog`).toBe(true);
    }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(trigger).toBeFocused();
  // Reopened, the last search is still there; Escape closes it and focus returns again.
  await trigger.click();
  await expect(dialog.locator('input')).toHaveValue('security');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(trigger).toBeFocused();
});

test('results come five at a time with their count announced; "Load more results" shows the rest; arrows move between results @subpath', async ({ page }) => {
  await page.goto('search/?q=security');
  const status = page.locator('.search-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText(/^\d+ results for security$/, { timeout: 15_000 });
  const total = Number((await status.textContent())!.match(/^(\d+)/)![1]);
  expect(total, 'the seeds have more than five pages about security').toBeGreaterThan(5);
  const results = page.locator('.search-results > li');
  await expect(results).toHaveCount(5);
  // Excerpts: the searched word is marked, and <mark> is the only element an excerpt holds.
  const excerpt = results.first().locator('.search-excerpt');
  await expect(excerpt.locator('mark').first()).toHaveText(/security/i);
  expect(await page.locator('.search-excerpt *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))])).toEqual(['MARK']);
  // Keyboard: down from the box to the first result, down to the next link, up and up again to the box.
  const links = page.locator('.search-results a');
  await page.locator('.search-field input').focus();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.search-field input')).toBeFocused();
  // The rest on request; focus goes to the first result added, and the button goes once all are shown.
  const more = page.getByRole('button', { name: 'Load more results' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(results).toHaveCount(Math.min(total, 10));
  await expect(results.nth(5).locator('a').first()).toBeFocused();
  if (total <= 10) await expect(more).toBeHidden();
});
