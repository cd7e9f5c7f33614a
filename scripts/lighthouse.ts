// `npm run lighthouse [-- --desktop]`: Lighthouse (mobile, simulated throttling, its defaults) with
// the Chromium scripts/find-browser.ts finds (or installs) against the served build in OUT_DIR
// (default dist/; run `npm run build` first), for the home page, the comparison, one topic and one
// article. Prints the four category scores and, for any score under 100, the audits that cost points.
// Exits 1 if a page could not be audited.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, requireBrowser } from './find-browser.ts';
import { serve } from './serve.ts';

const { values } = parseArgs({ options: { desktop: { type: 'boolean', default: false } } });
const dir = process.env.OUT_DIR ?? 'dist';
const rawBase = process.env.SITE_BASE ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(join(dir, 'sitemap-index.xml'))) {
  console.error(`lighthouse: ${dir}/ has no built site (no sitemap-index.xml). Run \`npm run build\` first.`);
  process.exit(1);
}

/** Page paths below the base, from the built sitemap. */
function sitemap(): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(base.length));
  return locs(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')).flatMap((f) => locs(readFileSync(join(dir, f), 'utf8')));
}
const paths = sitemap();
// One page of each kind the issue names: the home page, the comparison, a topic and an article.
const firstIn = (section: string) => paths.find((p) => new RegExp(`^${section}/[^/]+/$`).test(p));
const targets: [string, string | undefined][] = [
  ['home', ''],
  ['compare', paths.find((p) => /^compare\/$/.test(p)) ?? firstIn('compare')],
  ['topic', firstIn('topics')],
  ['article', firstIn('articles')],
];

const chromePath = await requireBrowser();
const server = await serve(dir, base, 0);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
let failed = false;
const rows: string[][] = [];
const notes: string[] = [];
try {
  for (const [kind, path] of targets) {
    if (path === undefined) {
      notes.push(`${kind}: no such page in the sitemap`);
      failed = true;
      continue;
    }
    const url = `${server.url}${path}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, values.desktop ? desktopConfig : undefined);
    if (!result) {
      notes.push(`${kind}: Lighthouse returned nothing for ${url}`);
      failed = true;
      continue;
    }
    const { lhr } = result;
    if (lhr.runtimeError) notes.push(`${kind}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    rows.push([kind, `/${path}`, ...scores.map(String)]);
    for (const c of CATEGORIES) {
      const cat = lhr.categories[c];
      if (!cat || cat.score === 1) continue;
      for (const ref of cat.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          notes.push(`${kind} ${c}: ${audit.id} (${Math.round(audit.score * 100)}) ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
        }
      }
    }
    const m = (id: string) => lhr.audits[id]?.displayValue ?? '-';
    notes.push(`${kind} metrics: FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const head = ['page', 'path', ...CATEGORIES];
const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => (i < 2 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join(' | ')} |`;
console.log(`\nLighthouse ${values.desktop ? 'desktop' : 'mobile'} on ${dir}/ with ${chromePath}\n`);
console.log([line(head), `|${w.map((x, i) => '-'.repeat(x + 1) + (i < 2 ? '-' : ':')).join('|')}|`, ...rows.map(line)].join('\n'));
if (notes.length) console.log(`\n${notes.join('\n')}`);
process.exitCode = failed ? 1 : 0;
