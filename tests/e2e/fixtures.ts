// The `test` every end-to-end spec should import instead of @playwright/test's:
//   import { expect, test } from '../fixtures.ts';        (or './fixtures.ts' from tests/e2e/)
// It watches each page for console errors, uncaught exceptions, Content-Security-Policy violations
// and dialogs (alert/confirm/prompt), and fails the test at the end if any happened. A test that
// expects one (a 404 page logs its own status) says so with `problems.allow(/pattern/)`.
import { test as base, expect } from '@playwright/test';

export type Problems = {
  /** What went wrong so far, one line each: `console error: …`, `csp: …`, `page error: …`, `dialog: …`. */
  readonly list: string[];
  /** Ignore problems whose line matches, for a test that expects them. */
  allow(pattern: RegExp): void;
};

declare global {
  interface Window {
    __reportCspViolation?: (line: string) => void;
  }
}

export const test = base.extend<{ problems: Problems }>({
  problems: [
    async ({ page }, use) => {
      const list: string[] = [];
      const allowed: RegExp[] = [];
      const add = (line: string) => {
        if (!allowed.some((re) => re.test(line))) list.push(line);
      };
      page.on('console', (msg) => {
        if (msg.type() === 'error') add(`console error: ${msg.text()} (${msg.location().url})`);
      });
      page.on('pageerror', (err) => add(`page error: ${err.message}`));
      page.on('dialog', (dialog) => {
        add(`dialog: ${dialog.type()} "${dialog.message()}"`);
        void dialog.dismiss().catch(() => {});
      });
      // Chromium also logs CSP violations to the console, but the event carries the directive and
      // the blocked resource, and it fires for report-only cases the console may word differently.
      await page.exposeFunction('__reportCspViolation', (line: string) => add(`csp: ${line}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__reportCspViolation?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
        });
      });
      await use({ list, allow: (re) => void allowed.push(re) });
      // Late events (a lazy script failing after the last assertion) still count.
      await page.waitForTimeout(50).catch(() => {});
      expect(list, 'console errors, page errors, CSP violations or dialogs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
