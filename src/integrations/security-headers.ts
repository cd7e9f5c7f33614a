import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './built-pages.ts';

// Headers a real host should send with every file. A <meta> CSP cannot say `frame-ancestors` (it is
// ignored there), so the policy is also written as a header, in the `_headers` file that Netlify and
// Cloudflare Pages read; the README shows the same lines for nginx and Apache.
const EXTRA = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * One policy for the whole site: every page's <meta> policy, directive by directive, with the sources
 * of all pages together (pages share their script and style hashes, so this stays short), plus
 * `frame-ancestors 'none'`. The browser enforces the header and the page's own meta policy both, so
 * no page is allowed more than its meta policy says.
 */
export function sitePolicy(pages: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const html of pages) {
    const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
    if (!content) continue;
    for (const part of content
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const HEAD_BYTES = 16 * 1024;

/**
 * A page up to the end of its <head>, where its <meta> policy is (a browser ignores one in the body).
 * Reading only that much is a tenth of the bytes of 1,000 article pages (issue 14); a page whose head
 * runs longer is read whole.
 */
export function pageHead(file: string): string {
  const buffer = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const text = buffer.toString('utf8', 0, read);
  const end = text.indexOf('</head>');
  if (end >= 0) return text.slice(0, end);
  return read < HEAD_BYTES ? text : readFileSync(file, 'utf8');
}

export function headersFile(policy: string): string {
  const lines = ['/*', `  Content-Security-Policy: ${policy}`, ...Object.entries(EXTRA).map(([k, v]) => `  ${k}: ${v}`)];
  return `${lines.join('\n')}\n`;
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = htmlFiles(out).map(pageHead);
        const policy = sitePolicy(pages);
        if (!policy.includes('script-src')) throw new Error('No page carries a Content-Security-Policy; the security headers cannot be written.');
        writeFileSync(join(out, '_headers'), headersFile(policy));
        logger.info(`wrote _headers (CSP with frame-ancestors 'none', nosniff, referrer policy) from ${pages.length} pages`);
      },
    },
  };
}
