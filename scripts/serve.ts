// A tiny static server for the built site, honouring SITE_BASE like a sub-path host would.
// Used by `npm start` and the end-to-end tests; no framework, because a static host has none either.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

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
  // Read once: the e2e tests then run under the same header policy a real host would send.
  const extra = hostHeaders(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      if (`${path}/` === prefix) {
        res.writeHead(301, { location: prefix }).end();
        return;
      }
      return notFound();
    }
    path = normalize(path.slice(prefix.length - 1));
    let file = join(dir, path);
    if (!file.startsWith(dir)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      // Like most static hosts: /x → /x/ and /x/ → /x/index.html.
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || file === join(dir, '_headers')) return notFound();
    res.writeHead(200, { ...extra, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);

    function notFound() {
      const page = join(dir, '404.html');
      res.writeHead(404, { ...extra, 'content-type': 'text/html; charset=utf-8' });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('Not found');
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
