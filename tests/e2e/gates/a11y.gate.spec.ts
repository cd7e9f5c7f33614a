// Gate: axe-core finds no WCAG 2.0/2.1/2.2 A and AA or best-practice violation on any page in the
// sitemap (and the not-found page), in the light and the dark colour scheme. Loading each page also
// runs it under the shared fixture, so a console error or CSP violation on any page fails here too.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { BUILDS, sitemapPathsOnDisk } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;

/** Relative luminance (WCAG) of the colour the page is painted with behind its text. */
async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    let rgba = [255, 255, 255, 1];
    for (const el of [document.body, document.documentElement]) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c.length >= 3 && (c[3] ?? 1) > 0) {
        rgba = c;
        break;
      }
    }
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(rgba[0]!) + 0.7152 * lin(rgba[1]!) + 0.0722 * lin(rgba[2]!);
  });
}

/** Whether the site offers a dark scheme at all: a prefers-color-scheme rule or `color-scheme: … dark`. */
async function offersDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const meta = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
    if (/dark/.test(meta) || /dark/.test(getComputedStyle(document.documentElement).colorScheme)) return true;
    const walk = (rules: CSSRuleList): boolean =>
      [...rules].some((r) => (r instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(r.conditionText)) || ('cssRules' in r && walk((r as CSSGroupingRule).cssRules)));
    return [...document.styleSheets].some((s) => {
      try {
        return walk(s.cssRules);
      } catch {
        return false;
      }
    });
  });
}

async function axe(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `[${label}] ${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
  );
}

const { dir, base } = BUILDS[0];
const targets = [...sitemapPathsOnDisk(dir, base).map((path) => ({ path, status: 200 })), { path: 'no-such-page/', status: 404 }];

for (const scheme of SCHEMES) {
  test.describe(`accessibility (axe), ${scheme} scheme`, () => {
    for (const { path, status } of targets) {
      test(`/${path} has no axe violations in ${scheme} mode`, async ({ page, problems }) => {
        test.setTimeout(90_000); // axe runs up to twice per page; CI machines are often shared
        await page.emulateMedia({ colorScheme: scheme });
        // A theme toggle that stored a choice must not override the scheme under test.
        await page.addInitScript((s) => {
          try {
            for (const key of Object.keys(localStorage)) if (/theme|scheme|mode/i.test(key)) localStorage.setItem(key, s);
          } catch {
            // Storage can be unavailable (opaque origins); the scheme then comes from the media query alone.
          }
        }, scheme);
        if (status === 404) problems.allow(/status of 404 \(Not Found\) \(http:\/\/[^)]*no-such-page\/\)/);
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(status);
        await page.waitForLoadState('load');
        const luminance = await backgroundLuminance(page);
        if (scheme === 'light') expect(luminance, 'the light scheme paints a dark background').toBeGreaterThan(0.4);
        else if (await offersDark(page)) expect(luminance, 'the site offers a dark scheme but the page background is light').toBeLessThan(0.2);
        const violations = await axe(page, scheme);
        // A theme toggle is a second way into dark mode (a stored choice, often a different CSS
        // selector from the media query): with the system set to light, choose dark with the toggle,
        // reload so the stored choice is what applies it, and check that page too.
        const toggle = page.getByRole('button', { name: /\b(dark|theme|colou?r scheme)\b/i });
        if (scheme === 'dark' && (await toggle.count()) === 1 && (await toggle.isVisible())) {
          await page.emulateMedia({ colorScheme: 'light' });
          for (let i = 0; i < 3 && (await backgroundLuminance(page)) >= 0.2; i++) {
            await toggle.click();
            await page.waitForTimeout(400); // let any colour transition finish
          }
          await page.reload();
          await page.waitForTimeout(400);
          expect(await backgroundLuminance(page), 'dark chosen with the theme toggle (system light) is not applied after a reload').toBeLessThan(0.2);
          violations.push(...(await axe(page, 'dark chosen with the toggle')));
        }
        expect(violations, `axe violations on /${path} [${scheme}]`).toEqual([]);
      });
    }
  });
}
