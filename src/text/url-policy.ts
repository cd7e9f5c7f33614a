// Which link targets an article may keep. An allowlist: absolute http(s) and mailto addresses and
// in-page fragments. Everything else (javascript:, data:, vbscript:, file:, relative paths that would
// point into this site or be resolved by the build) loses its target.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The target as it may be written into an article, or undefined when it must go. Relative targets are
 * resolved against the article's own address when it is known (they pointed into the original site).
 */
export function safeLinkTarget(raw: string, articleUrl?: string): string | undefined {
  const target = raw.trim();
  if (!target) return undefined;
  // Browsers drop tabs and newlines inside URLs ("java\nscript:"), and control characters have no
  // place in an address: refuse rather than guess how a browser would read them.
  if (/[\u0000-\u001f\u007f]/.test(target)) return undefined;
  if (/^#[\w\-.~%!$&'()*+,;=:@/?]*$/.test(target)) return target;
  if (URL.canParse(target)) return ALLOWED_PROTOCOLS.has(new URL(target).protocol) ? target : undefined;
  const base = articleUrl !== undefined ? absoluteHttpUrl(articleUrl) : undefined;
  if (!base || !URL.canParse(target, base)) return undefined;
  const resolved = new URL(target, base);
  return ALLOWED_PROTOCOLS.has(resolved.protocol) ? resolved.href : undefined;
}

/** An absolute http(s) address with a host, normalized; undefined for anything else. */
export function absoluteHttpUrl(raw: string): string | undefined {
  if (!URL.canParse(raw.trim())) return undefined;
  const url = new URL(raw.trim());
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : undefined;
}
