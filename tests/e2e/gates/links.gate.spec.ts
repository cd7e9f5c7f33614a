// Gate: no broken internal link and no missing #fragment target, on the served site, for the root
// build and (tagged @subpath) the sub-path build. The crawl starts from the home page, every sitemap
// URL and a not-found page (its links must work at any depth), and follows every internal link.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parseHtml, sitemapPaths } from './site.ts';

/** Attributes that make the browser fetch or navigate to a URL. */
const URL_ATTRS: [selector: string, attr: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
  ['[srcset]', 'srcset'],
];

type Page = { status: number; ids: Set<string> | null; links: { href: string; from: string }[] };

async function crawl(request: APIRequestContext, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const pages = new Map<string, Promise<Page>>();
  const problems: string[] = [];
  const fragments: { url: string; fragment: string; from: string }[] = [];

  const fetchPage = (url: string): Promise<Page> => {
    let p = pages.get(url);
    if (!p) {
      p = (async () => {
        const res = await request.get(url, { failOnStatusCode: false });
        const type = res.headers()['content-type'] ?? '';
        if (!type.includes('text/html')) return { status: res.status(), ids: null, links: [] };
        const root = parseHtml(await res.text());
        const ids = new Set<string>();
        for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
        for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
        const links: Page['links'] = [];
        // A <base href> would change how relative links resolve; honour it like a browser does.
        const baseHref = root.querySelector('base[href]')?.getAttribute('href');
        const pageBase = baseHref ? new URL(baseHref, res.url()).href : res.url();
        for (const [selector, attr] of URL_ATTRS) {
          for (const el of root.querySelectorAll(selector)) {
            const value = el.getAttribute(attr) ?? '';
            const values = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
            for (const v of values) if (v.trim()) links.push({ href: new URL(v.trim(), pageBase).href, from: `<${el.tagName.toLowerCase()} ${attr}="${v}">` });
          }
        }
        return { status: res.status(), ids, links };
      })();
      pages.set(url, p);
    }
    return p;
  };

  const seen = new Set<string>();
  const queue: { url: string; from: string; expect404?: boolean }[] = [];
  const enqueue = (url: string, from: string, expect404 = false) => {
    if (seen.has(url)) return;
    seen.add(url);
    queue.push({ url, from, expect404 });
  };

  enqueue(baseURL, 'the home page');
  for (const path of await sitemapPaths(request, baseURL)) enqueue(new URL(path, baseURL).href, 'the sitemap');
  enqueue(new URL('no-such-page/at/depth/', baseURL).href, 'a mistyped URL', true);

  while (queue.length) {
    const batch = queue.splice(0, 8);
    await Promise.all(
      batch.map(async ({ url, from, expect404 }) => {
        const page = await fetchPage(url);
        if (expect404 ? page.status !== 404 : page.status !== 200) {
          problems.push(`${url} (linked from ${from}): HTTP ${page.status}${expect404 ? ', expected the 404 page' : ''}`);
        }
        if (!url.startsWith(baseURL) && !expect404) return;
        for (const link of page.links) {
          const target = new URL(link.href);
          if (target.origin !== origin) continue;
          const bare = target.href.replace(/#.*$/, '');
          if (!bare.startsWith(baseURL)) {
            problems.push(`${url}: ${link.from} points outside the site's base ${new URL(baseURL).pathname}`);
            continue;
          }
          if (target.hash) fragments.push({ url: bare, fragment: decodeURIComponent(target.hash.slice(1)), from: `${url}: ${link.from}` });
          enqueue(bare, `${url} ${link.from}`);
        }
      }),
    );
  }

  for (const { url, fragment, from } of fragments) {
    // An empty fragment and #top scroll to the top of any page (HTML spec).
    if (fragment === '' || fragment.toLowerCase() === 'top') continue;
    const page = await fetchPage(url);
    if (page.ids && !page.ids.has(fragment)) problems.push(`${from}: no element with id "${fragment}" on ${url}`);
  }
  return { problems, pages: [...pages.keys()] };
}

test('no broken internal links or missing #fragments on the built site @subpath', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const { problems, pages } = await crawl(request, baseURL!);
  console.log(`links gate: crawled ${pages.length} URL(s) under ${baseURL}`);
  expect(pages.length).toBeGreaterThan(1);
  expect(problems, 'broken internal links').toEqual([]);
});
