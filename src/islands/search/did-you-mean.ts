// Under a query that found nothing: "Did you mean security?", the correction a button that runs it.
import type { SearchView } from './search-view.ts';
import { suggest } from './suggest.ts';
import { loadTopics } from './topic-hits.ts';

export function showDidYouMean(box: HTMLElement, view: SearchView, topicsUrl: string, names: string[]): void {
  const vocabulary = loadTopics(topicsUrl).then((topics) => ({ terms: topics.flatMap((t) => t.terms), names }));
  view.on('search', () => box.replaceChildren());
  view.on('results', async (found) => {
    const term = view.term;
    const better = term.trim() && found.results.length === 0 ? suggest(term, await vocabulary) : undefined;
    box.replaceChildren();
    if (!better || view.term !== term) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = better;
    button.addEventListener('click', () => {
      void view.run(better, view.filters);
      view.input.focus();
    });
    const p = document.createElement('p');
    p.className = 'did-you-mean';
    p.append('Did you mean ', button, '?');
    box.append(p);
  });
}
