import { expect, test } from './fixtures.ts';
import { readdirSync } from 'node:fs';

const ids = readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

test('every generated article builds into a page @subpath', async ({ page }) => {
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const response = await page.goto(`articles/${id}/`);
    expect(response?.status(), id).toBe(200);
    await expect(page.locator('h1')).not.toBeEmpty();
  }
});

test('every cited sentence sits in a paragraph, list item or table cell, so paragraphs keep their spacing', async ({ page }) => {
  let claims = 0;
  for (const id of ids) {
    await page.goto(`articles/${id}/`);
    const found = await page.locator('[data-article-body] span.claim').evaluateAll((spans) =>
      spans.map((s) => {
        const parent = s.parentElement!;
        return { id: s.id, parent: parent.tagName, gap: parent.tagName === 'P' ? parseFloat(getComputedStyle(parent).marginBottom) : null };
      }),
    );
    claims += found.length;
    for (const f of found) {
      // A sentence written as its own paragraph used to render as a bare <span> beside the <p>s.
      expect(['P', 'LI', 'TD', 'TH', 'BLOCKQUOTE', 'EM', 'STRONG', 'A'], `${id} #${f.id} sits directly in <${f.parent.toLowerCase()}>`).toContain(f.parent);
      if (f.gap !== null) expect(f.gap, `${id} #${f.id}: its paragraph has a bottom margin`).toBeGreaterThan(0);
    }
  }
  expect(claims).toBeGreaterThan(100);
});

test('table column alignment from the source survives as a class, with no inline style for the CSP to allow', async ({ page, problems }) => {
  await page.goto('articles/comparing-python-frameworks/');
  const centred = page.locator('[data-article-body] td.align-center').first();
  await expect(centred).toBeVisible();
  expect(await centred.evaluate((el) => getComputedStyle(el).textAlign)).toBe('center');
  expect(await page.locator('[data-article-body] [style]').count()).toBe(0);
  expect(problems.list).toEqual([]);
});
