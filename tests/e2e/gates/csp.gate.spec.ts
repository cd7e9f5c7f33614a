// Gate: a strict Content-Security-Policy on every built page, and nothing in the HTML that would
// need a weaker one. The browser side (no violation while pages load and search runs) is enforced
// by tests/e2e/fixtures.ts on every page the accessibility gate visits, and by the Pagefind test here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures.ts';
import { BUILDS, htmlFiles, parseHtml, sitemapPaths } from './site.ts';

/** Script types the browser executes (an empty type is JavaScript). */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

for (const { dir } of BUILDS) {
  test(`every page in ${dir}/ carries a strict CSP and no inline code outside it`, () => {
    const problems: string[] = [];
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const root = parseHtml(readFileSync(join(dir, file), 'utf8'));
      const metas = root.querySelectorAll('meta').filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
      if (metas.length !== 1) {
        problems.push(`${file}: ${metas.length} Content-Security-Policy <meta> elements, expected 1`);
        continue;
      }
      // A policy in a <meta> only governs what comes after it (Astro appends it to <head>), so a
      // script before it must be one the policy would allow anyway: same-origin, no inline code.
      for (const script of root.querySelectorAll('script[src]')) {
        const src = script.getAttribute('src') ?? '';
        if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) problems.push(`${file}: <script src="${src}"> from another origin`);
      }
      const policy = directives(metas[0]!.getAttribute('content') ?? '');
      const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
      if (!scriptSrc) problems.push(`${file}: no script-src or default-src`);
      for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
        for (const source of policy.get(name) ?? []) {
          const ok = source === "'self'" || source === "'none'" || source === "'wasm-unsafe-eval'" || source === "'strict-dynamic'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source);
          if (!ok) problems.push(`${file}: ${name} allows ${source}`);
        }
      }
      if (!policy.get('object-src')?.includes("'none'")) problems.push(`${file}: object-src is not 'none'`);
      if (!policy.get('base-uri')) problems.push(`${file}: no base-uri`);
      const hashes = new Set((scriptSrc ?? []).filter((s) => s.startsWith("'sha256-")).map((s) => s.slice(1, -1)));
      for (const script of root.querySelectorAll('script')) {
        if (script.getAttribute('src') !== undefined || !EXECUTABLE.test(script.getAttribute('type') ?? '')) continue;
        const hash = `sha256-${createHash('sha256').update(script.rawText).digest('base64')}`;
        if (!hashes.has(hash)) problems.push(`${file}: inline <script> not allowed by the policy: ${script.rawText.slice(0, 60)}`);
      }
      for (const el of root.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(el.attributes)) {
          if (/^on/i.test(name)) problems.push(`${file}: <${el.tagName.toLowerCase()} ${name}> inline event handler`);
          if (/^\s*javascript:/i.test(value)) problems.push(`${file}: <${el.tagName.toLowerCase()} ${name}="${value}"> javascript: URL`);
        }
      }
    }
    expect(problems, 'CSP problems').toEqual([]);
  });
}

test('Pagefind searches under the page CSP (wasm-unsafe-eval is enough) @subpath', async ({ page, problems, request, baseURL }) => {
  const [first] = await sitemapPaths(request, baseURL!);
  await page.goto(first ?? './');
  // Load the search engine the way any search UI does, under this page's policy, and run a query.
  const result = await page.evaluate(async (url) => {
    const pagefind = await import(/* @vite-ignore */ url);
    await pagefind.init();
    const search = await pagefind.search('the');
    return { results: search.results.length };
  }, new URL('pagefind/pagefind.js', baseURL).href);
  expect(result.results).toBeGreaterThan(0);
  expect(problems.list).toEqual([]);
});

for (const { dir } of BUILDS) {
  test(`${dir}/_headers sends the policy as a header with frame-ancestors 'none', nosniff and a referrer policy`, async ({ request, baseURL }) => {
    const text = readFileSync(join(dir, '_headers'), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('/*');
    const headers = new Map(
      lines
        .slice(1)
        .filter((l) => l.trim())
        .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
    );
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    const header = directives(headers.get('Content-Security-Policy') ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    // The header allows no script source that some page's own <meta> policy does not: no 'unsafe-inline',
    // no other origin; the two policies are enforced together.
    const pageScripts = new Set<string>();
    for (const file of htmlFiles(dir)) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
      for (const s of directives(meta.replace(/&#39;/g, "'")).get('script-src') ?? []) pageScripts.add(s);
    }
    for (const s of header.get('script-src') ?? []) expect(pageScripts.has(s), `header script source ${s}`).toBe(true);
    expect(header.get('script-src')).not.toContain("'unsafe-inline'");
    // The test server sends the file's headers like a host that reads _headers would.
    if (dir === BUILDS[0].dir) {
      const response = await request.get(baseURL!);
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
    }
  });
}
