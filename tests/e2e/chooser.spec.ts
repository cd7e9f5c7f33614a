import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Tabs until a radio of the named question has focus, then picks the n-th answer with the arrow keys. */
async function answer(page: Page, question: string, index: number) {
  for (let i = 0; i < 60; i++) {
    const name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    if (name === question) break;
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(question);
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

async function start(page: Page) {
  await page.goto('choose/');
  await expect(page.locator('versus-chooser[data-ready]')).toHaveCount(1, { timeout: 15_000 });
  await page.locator('h1').click();
}

const verdict = (page: Page) => page.locator('.chooser-result .chooser-verdict');

test('keyboard only: a small API project with a team new to frameworks and a tight deadline leads to Flask @subpath', async ({ page, request }) => {
  await start(page);
  await answer(page, 'size', 0);
  await answer(page, 'kind', 0);
  await answer(page, 'team', 0);
  await answer(page, 'deadline', 0);
  await expect(verdict(page)).toHaveText('Recommended: Flask');
  await expect(page.locator('.chooser-result')).toHaveAttribute('aria-live', 'polite');
  // Every reason cites sentences, and every link resolves to an element that exists.
  const links = await page.locator('.chooser-reasons a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links.length).toBeGreaterThan(4);
  expect(links.some((l) => /#c-\d+$/.test(l))).toBe(true);
  for (const link of [...new Set(links)]) {
    const [url, hash] = link.split('#') as [string, string | undefined];
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    if (hash) expect(await response.text(), link).toContain(`id="${hash}"`);
  }
  await expect(page).toHaveURL(/size=small/);
  await expect(page).toHaveURL(/kind=api/);
});

test('keyboard only: a large content site that needs an admin interface leads to Django, and says what would flip it', async ({ page }) => {
  await start(page);
  await answer(page, 'size', 2);
  await answer(page, 'kind', 1);
  await answer(page, 'admin', 0);
  await expect(verdict(page)).toHaveText('Recommended: Django');
  await expect(page.locator('.chooser-reasons li').first()).toContainText(/sources/);
});

test('the URL round-trips: a shared link restores the answers and the recommendation', async ({ page }) => {
  await page.goto('choose/?size=large&kind=website&admin=yes');
  await expect(verdict(page)).toHaveText('Recommended: Django', { timeout: 15_000 });
  await expect(page.locator('input[name=size][value=large]')).toBeChecked();
  await expect(page.locator('input[name=admin][value=yes]')).toBeChecked();
  await page.locator('button[type=reset]').click();
  await expect(page.locator('.chooser-result')).toContainText('Answer any question');
  await expect(page).not.toHaveURL(/size=/);
});

test('"Copy as Markdown" yields a decision record with answers, recommendation and citations', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('choose/?size=small&kind=api');
  await expect(verdict(page)).toHaveText('Recommended: Flask', { timeout: 15_000 });
  await page.locator('[data-copy]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.chooser-copied')).toHaveText(/Copied/);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^# Decision record: Flask/);
  expect(text).toContain('## Answers');
  expect(text).toMatch(/> “.+” \(\[.+\]\(http.+#c-\d+\)\)/);
  expect(text).toMatch(/choose\/\?size=small&kind=api/);
});

test('the home page carries the chooser too', async ({ page }) => {
  await page.goto('./');
  const chooser = page.locator('versus-chooser');
  await chooser.scrollIntoViewIfNeeded();
  await expect(page.locator('versus-chooser[data-ready]')).toHaveCount(1, { timeout: 15_000 });
  await page.locator('versus-chooser input[name=admin][value=yes]').check();
  await expect(verdict(page)).toHaveText(/Recommended: Django/);
});

test('verdict strength weighs in: a split topic gives no points and says so, a strong one says it is strong', async ({ page }) => {
  // The seeds are split on popularity (3 of the 5 sources that argue it favour Django, under the 65% a
  // lean needs: /topics/popularity/) and strong for Django on community (/topics/community/).
  await page.goto('choose/?hiring=yes');
  await expect(page.locator('versus-chooser[data-ready]')).toHaveCount(1, { timeout: 15_000 });
  const reasons = page.locator('.chooser-reasons > li > p');
  await expect(reasons).toHaveText([
    /^Yes — we want the widely used option with the larger community → Community and ecosystem: strong for Django \(\d of \d sources\) \(\+1 for Django\)$/,
    'Yes — we want the widely used option with the larger community → Popularity: the sources are split (3 of 5 favour Django), no lean',
  ]);
  // Only the strong topic counts: Django has its 1 point from community, nothing from popularity's 3 of 5.
  await expect(page.locator('.chooser-scores dd')).toHaveText([/ 0 points$/, / 1 points$/]);
});
