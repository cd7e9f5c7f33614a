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
