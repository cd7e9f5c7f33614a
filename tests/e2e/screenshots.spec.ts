// Screenshots a reviewer looks at: home, comparison and a topic page, phone and desktop, light and dark.
// Written to test-results/screenshots/ (not Playwright's per-test folder) so they are easy to find.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

const content = process.env.CONTENT_DIR ?? 'content';
const firstTopic = (parse(readFileSync(join(content, 'topics.yaml'), 'utf8')) as { id: string }[])[0]!.id;
const pages = [
  ['home', ''],
  ['compare', 'compare/'],
  ['topic', `topics/${firstTopic}/`],
] as const;
const widths = [
  ['phone', 360],
  ['desktop', 1280],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const [device, width] of widths) {
    test(`screenshots: ${device} ${scheme}`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL: baseURL!, viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, path] of pages) {
        await page.goto(path);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        const file = `test-results/screenshots/${name}-${device}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        expect(existsSync(file) && statSync(file).size > 10_000, file).toBe(true);
      }
      await context.close();
    });
  }
}
