// An article's HTML (rendered once by the articles loader) in pieces around its section headings, so the
// article page can render each heading as a component (SectionHeading: outline level and the section's
// topics) and the rest as the HTML it is. The HTML comes from the site's Markdown processor, whose
// plugins allow no raw heading but ingest's own (src/integrations/article-html.ts): a heading here is
// always `<hN id="…">…</hN>` as that processor writes it.

export type BodyPart = { html: string } | { heading: { id: string; html: string } };

const HEADING = /<h([1-6]) id="([^"]*)">([\s\S]*?)<\/h\1>/g;

export function splitAtHeadings(html: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const m of html.matchAll(HEADING)) {
    if (m.index > last) parts.push({ html: html.slice(last, m.index) });
    parts.push({ heading: { id: m[2]!, html: m[3]! } });
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push({ html: html.slice(last) });
  return parts;
}
