// Marks the cited sentences of a built article page for Pagefind, in the copy handed to the indexer
// only (the page served is not changed, so pages carry no search-only bytes). Pagefind turns an
// element with an id and `data-pagefind-title` into a sub-result of the page, linked to that id: a
// search lands on the sentence without a record of its own per claim.
//
// The id and title go on an empty marker just before the sentence, and the sentence's own span loses
// its id in this copy: Pagefind stores the text of every element with an id in the page's fragment,
// which the first search downloads, and sentences stored twice made article fragments three times
// their text. Words after a sentence would otherwise be filed under it until the next marked element,
// so a second empty marker follows each sentence, carrying the id and text of the heading it sits
// under: a match later in the section is then shown as that section, as Pagefind does for headings.

import { decodeEntities, escapeHtml } from '../text/html-text.ts';

/** Text of an HTML fragment: tags dropped, the few entities Astro writes decoded. */
const textOf = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, '')).trim();

// Headings with an id (article sections), and the claim spans ingest writes (`<span id="c-N" class="claim">`).
const TOKENS = /<h([1-6])\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/h\1>|<span id="([^"]+)" class="claim">|<\/?span\b[^>]*>/g;

/**
 * Returns `html` with a titled marker before each claim span whose id is in `titles` and a marker for
 * its section after it; claim spans keep no id. `fallback` names the part before the first heading.
 */
export function markClaims(html: string, titles: ReadonlyMap<string, string>, fallback: { id: string; title: string }): string {
  let section = fallback;
  let out = '';
  let last = 0;
  // Open claim spans: depth of nested spans inside each, to find where the claim's own span closes.
  let open: { depth: number } | undefined;
  // The section marker owed after the last sentence closed: written only if words follow before the
  // next sentence or heading (back-to-back sentences need none; every marker is bytes in the fragment).
  let owed: string | undefined;
  const settle = (upTo: number) => {
    if (owed !== undefined && /[\p{L}\p{N}]/u.test(textOf(html.slice(last, upTo)))) out += owed;
    owed = undefined;
  };
  for (const m of html.matchAll(TOKENS)) {
    const [token, , headingId, headingHtml, claimId] = m;
    if (headingId !== undefined) {
      settle(m.index);
      section = { id: headingId, title: textOf(headingHtml ?? '') || fallback.title };
    } else if (claimId !== undefined && open) {
      open.depth++;
    } else if (claimId !== undefined) {
      const title = titles.get(claimId);
      if (title !== undefined) settle(m.index);
      const marker = title === undefined ? '' : `<span id="${claimId}" data-pagefind-title="${escapeHtml(title)}"></span>`;
      out += html.slice(last, m.index) + marker + '<span class="claim">';
      last = m.index + token.length;
      if (title !== undefined) open = { depth: 0 };
    } else if (open) {
      if (!token.startsWith('</')) open.depth++;
      else if (open.depth > 0) open.depth--;
      else {
        const end = m.index + token.length;
        out += html.slice(last, end);
        last = end;
        owed = `<span id="${escapeHtml(section.id)}" data-pagefind-title="${escapeHtml(section.title)}"></span>`;
        open = undefined;
      }
    }
  }
  settle(html.length);
  return out + html.slice(last);
}
