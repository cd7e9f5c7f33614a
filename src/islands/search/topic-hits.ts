// Synonyms for a search engine that has none: when a query names a topic by its label or an alias,
// a link to that topic's page is shown above the results.
import type { SearchView } from './search-view.ts';

export interface TopicTerms {
  label: string;
  url: string;
  terms: string[];
}

const norm = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * Topics a query names. A topic whose label holds the query's words comes first ("speed" is in
 * "Development speed"), because Pagefind ranks that topic's page and claims first for those words;
 * then topics the query names by an alias ("speed" is also a synonym of Performance). So the first
 * topic offered is the one the results are about, and the synonym is still offered.
 */
export function matchTopics(query: string, topics: readonly TopicTerms[]): Array<{ topic: TopicTerms; term: string }> {
  const q = norm(query);
  if (q.trim().length < 2) return [];
  const byLabel: Array<{ topic: TopicTerms; term: string }> = [];
  const byAlias: Array<{ topic: TopicTerms; term: string }> = [];
  for (const topic of topics) {
    const label = norm(topic.label);
    if (q.includes(label) || label.includes(q)) byLabel.push({ topic, term: topic.label });
    else {
      const term = topic.terms.find((t) => q.includes(norm(t)));
      if (term) byAlias.push({ topic, term });
    }
  }
  return [...byLabel, ...byAlias].slice(0, 3);
}

const loaded = new Map<string, Promise<TopicTerms[]>>();

/** The topics and their search terms (`/data/topics.json`), fetched once per page. */
export function loadTopics(url: string): Promise<TopicTerms[]> {
  let p = loaded.get(url);
  if (!p) {
    p = fetch(url).then((r) => r.json() as Promise<TopicTerms[]>);
    loaded.set(url, p);
  }
  return p;
}

export async function showTopicHits(box: HTMLElement, view: SearchView, dataUrl: string): Promise<void> {
  const topics = await loadTopics(dataUrl);
  const render = (term: string) => {
    box.replaceChildren();
    for (const { topic, term: matched } of matchTopics(term, topics)) {
      const p = document.createElement('p');
      p.className = 'topic-hit';
      const link = document.createElement('a');
      link.href = topic.url;
      link.textContent = topic.label;
      p.append('Topic: ', link);
      if (matched.toLowerCase() !== topic.label.toLowerCase()) p.append(` (also called “${matched}”)`);
      box.append(p);
    }
  };
  view.on('search', render);
  render(view.term);
}
