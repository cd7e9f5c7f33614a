import { readFileSync, writeFileSync } from 'node:fs';
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
        const pages = htmlFiles(out).map((f) => readFileSync(f, 'utf8'));
        const policy = sitePolicy(pages);
        if (!policy.includes('script-src')) throw new Error('No page carries a Content-Security-Policy; the security headers cannot be written.');
        writeFileSync(join(out, '_headers'), headersFile(policy));
        logger.info(`wrote _headers (CSP with frame-ancestors 'none', nosniff, referrer policy) from ${pages.length} pages`);
      },
    },
  };
}
