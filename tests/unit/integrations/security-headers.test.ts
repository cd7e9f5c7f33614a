import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pageHead, sitePolicy } from '../../../src/integrations/security-headers.ts';

const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

test('pageHead reads a page up to its </head>; a longer head is read whole; the policy comes from heads only', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'security-headers-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const small = join(dir, 'small.html');
  writeFileSync(small, `<!doctype html><html><head>${meta("script-src 'self'")}</head><body>${'é'.repeat(40_000)}${meta("script-src 'unsafe-inline'")}</body></html>`);
  const head = pageHead(small);
  assert.ok(head.endsWith(meta("script-src 'self'")), head.slice(-100));
  // A meta policy in the body counts for nothing in a browser, and here neither.
  assert.equal(sitePolicy([head]), "script-src 'self'; frame-ancestors 'none'");
  const long = join(dir, 'long.html');
  const filler = `<meta name="x" content="${'y'.repeat(20_000)}">`;
  writeFileSync(long, `<html><head>${filler}${meta("style-src 'self'")}</head><body>text</body></html>`);
  assert.ok(pageHead(long).includes(meta("style-src 'self'")));
  const headless = join(dir, 'headless.html');
  writeFileSync(headless, `<p>${meta("img-src 'self'")}</p>`);
  assert.equal(pageHead(headless), `<p>${meta("img-src 'self'")}</p>`);
});
