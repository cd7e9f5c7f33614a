// Synonyms for a search engine that has none: when a query names a topic by its label or an alias,
// a link to that topic's page is shown above the results.
import type { PagefindInstance } from './load-ui.ts';

interface TopicTerms {
  label: string;
  url: string;
  terms: string[];
}

const norm = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

export function matchTopics(query: string, topics: readonly TopicTerms[]): Array<{ topic: TopicTerms; term: string }> {
  const q = norm(query);
  if (q.trim().length < 2) return [];
  const out: Array<{ topic: TopicTerms; term: string }> = [];
  for (const topic of topics) {
    const term = topic.terms.find((t) => q.includes(norm(t)));
    if (term) out.push({ topic, term });
  }
  return out.slice(0, 3);
}

export async function showTopicHits(box: HTMLElement, instance: PagefindInstance, dataUrl: string): Promise<void> {
  const topics = (await fetch(dataUrl).then((r) => r.json())) as TopicTerms[];
  const render = (term: unknown) => {
    box.replaceChildren();
    for (const { topic, term: matched } of matchTopics(String(term ?? ''), topics)) {
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
  instance.on('search', render, box);
  render(instance.searchTerm);
}
