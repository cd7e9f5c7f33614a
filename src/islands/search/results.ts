// One search result as DOM: the page's title as a link, its excerpt with the searched words marked, and
// under it the sections that matched (a cited sentence links to its anchor, #c-N). Built from nodes, never
// from HTML strings.
import type { ResultData } from './engine.ts';
import { excerptParts } from './excerpt.ts';
import { pickSubResults } from './sub-results.ts';

function excerpt(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  for (const part of excerptParts(text)) {
    if (!part.mark) p.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    }
  }
  return p;
}

function link(url: string, title: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = url;
  a.textContent = title;
  return a;
}

export function renderResult(data: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const title = data.meta.title ?? data.url;
  li.append(link(data.url, title), excerpt(data.excerpt));
  const subs = pickSubResults(title, data.sub_results ?? []);
  if (subs.length) {
    const ul = document.createElement('ul');
    ul.className = 'search-subs';
    for (const s of subs) {
      const item = document.createElement('li');
      item.append(link(s.url, s.title), excerpt(s.excerpt));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}
