import type { ArticleData } from '../../schemas/article.ts';

type Removed = ArticleData['removed'][number];
type Repair = ArticleData['repairs'][number];

/**
 * Blog engines leave their own markup in exported Markdown: Jekyll's Liquid tags (`{% include toc.html %}`),
 * Zola and Hugo shortcodes (`{{ figure(src="a.svg") }}`, `{{< youtube id >}}`),
 * kramdown attribute lists (`{: #toc }`, `## Title {#id}`), Hashnode embeds (`%[https://…]`). On the site
 * they would show as literal braces. Works on the body's lines before parsing, outside code fences, and
 * keeps every line where it was (a removed line becomes empty), so line numbers in the report stay true.
 * Highlight tags become code fences and embeds become links (repairs); anything removed is listed.
 */
export interface StrippedMarkup {
  text: string;
  removed: Removed[];
  repairs: Repair[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Only tags: a line of `{{ value }}` alone may be template code an article shows (Vue, Angular). A
// shortcode call is not: Zola's `{{ figure(src="a.svg") }}` (named arguments) and Hugo's `{{< x >}}`.
const LIQUID_LINE = /^\s*(\{%-?\s*[^%]*?-?%\}\s*)+$|^\s*\{\{\s*[\w.]+\(\s*(\w+\s*=.*)?\)\s*\}\}\s*$|^\s*\{\{(<.*>|%.*%)\}\}\s*$/;
const HIGHLIGHT = /^\s*\{%-?\s*highlight\s+([\w+#.-]{1,40})[^%]*-?%\}\s*$/;
const END_HIGHLIGHT = /^\s*\{%-?\s*endhighlight\s*-?%\}\s*$/;
const IAL_LINE = /^\s*\{:[^}\n]*\}\s*$/;
// "## Title {#id}" and "Paragraph text. {: .note}": the attribute list closes the line.
const IAL_TAIL = /\s*\{(?::[^}\n]*|#[\w-]+(?:\s+\.[\w-]+)*)\}\s*$/;
const TOC_MARKER = /^\s*[*-]\s+TOC\s*$/;
const EMBED = /%\[(https?:\/\/[^\]\s]+)\]/g;

export function stripMarkup(body: string, bodyLine: number): StrippedMarkup {
  const lines = body.split('\n');
  const removed: Removed[] = [];
  let fences = 0;
  let embeds = 0;
  let fence: string | undefined;
  let noEndFrom = Infinity;
  const drop = (i: number, text: string) => {
    removed.push({ text: text.trim(), reason: 'template-markup', line: bodyLine + i });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = FENCE.exec(line)?.[1];
    if (fence === undefined && marker) {
      fence = marker;
      continue;
    }
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      continue;
    }
    const lang = i >= noEndFrom ? undefined : HIGHLIGHT.exec(line)?.[1];
    // Inside a highlight block everything is code, up to its end tag. Without an end tag the line is a
    // plain tag line (below), and no later highlight tag can find an end either: searched once.
    const endAt = lang ? lines.findIndex((l, k) => k > i && END_HIGHLIGHT.test(l)) : -1;
    if (lang && endAt < 0) noEndFrom = i;
    if (lang && endAt > 0) {
      lines[i] = `\`\`\`${lang}`;
      lines[endAt] = '```';
      fences++;
      i = endAt;
      continue;
    }
    if (LIQUID_LINE.test(line) || IAL_LINE.test(line)) {
      // kramdown's table of contents is a one-item list "* TOC" marked by "{:toc}" on the next line.
      if (/\{:\s*toc\s*\}/i.test(line) && i > 0 && TOC_MARKER.test(lines[i - 1]!)) {
        drop(i - 1, lines[i - 1]!);
        lines[i - 1] = '';
      }
      drop(i, line);
      lines[i] = '';
      continue;
    }
    const tail = IAL_TAIL.exec(line);
    if (tail && line.slice(0, tail.index).trim()) {
      drop(i, tail[0]);
      lines[i] = line.slice(0, tail.index);
    }
    if (line.includes('%[')) {
      lines[i] = lines[i]!.replace(EMBED, (_, url: string) => {
        embeds++;
        return `<${url}>`;
      });
    }
  }
  const repairs: Repair[] = [];
  if (fences) repairs.push({ kind: 'code-fence', count: fences, detail: 'Liquid {% highlight %} blocks written as code fences' });
  if (embeds) repairs.push({ kind: 'embed', count: embeds, detail: 'Hashnode %[url] embeds shown as links' });
  return { text: lines.join('\n'), removed, repairs };
}
