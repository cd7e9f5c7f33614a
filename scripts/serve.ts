// The built site served as a static host would serve it, honouring SITE_BASE like a sub-path host.
// Used by `npm start` and the end-to-end tests. sirv serves the files; this adds what hosts add:
// the base path, a redirect to the trailing slash, the 404 page, and the headers `_headers` asks for.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

/** The headers the build's `_headers` file asks for on every path, as Netlify or Cloudflare would send them. */
function hostHeaders(dir: string): Record<string, string> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let all = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) all = line.trim() === '/*';
    else if (all) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

export function serve(root: string, base = '/', port = 4321) {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // Read once: the e2e tests then run under the same header policy a real host would send.
  const extra = hostHeaders(dir);
  const notFoundPage = join(dir, '404.html');
  const files = sirv(dir, {
    dev: false,
    etag: true,
    // Every response carries the host headers, as a host that reads `_headers` would send them.
    setHeaders: (res) => {
      for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
    },
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      if (`${path}/` === prefix) return void res.writeHead(301, { location: prefix }).end();
      return notFound();
    }
    const inside = path.slice(prefix.length - 1);
    if (inside === '/_headers') return notFound();
    // Like most static hosts: /x → /x/ when x is a folder, so relative links inside it resolve.
    const target = join(dir, inside);
    if (!inside.endsWith('/') && target.startsWith(dir) && existsSync(target) && statSync(target).isDirectory()) {
      return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    }
    req.url = `${inside}${url.search}`;
    files(req, res, notFound);

    function notFound() {
      res.writeHead(404, { ...extra, 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    }
  });
  return new Promise<{ url: string; close: () => Promise<void> }>((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ url: `http://127.0.0.1:${actual}${prefix}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serve(process.env.OUT_DIR ?? 'dist', process.env.SITE_BASE ?? '/', port);
  console.log(`Serving the built site at ${url} (Ctrl+C to stop).`);
}
