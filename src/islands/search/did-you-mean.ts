// Under a query that found nothing: "Did you mean security?", the correction a button that runs it.
import type { PagefindInstance } from './load-ui.ts';
import { suggest } from './suggest.ts';
import { loadTopics } from './topic-hits.ts';

export function showDidYouMean(box: HTMLElement, instance: PagefindInstance, topicsUrl: string, names: string[], input: () => HTMLInputElement | null): void {
  const vocabulary = loadTopics(topicsUrl).then((topics) => ({ terms: topics.flatMap((t) => t.terms), names }));
  instance.on('search', () => box.replaceChildren(), box);
  instance.on(
    'results',
    async (found: unknown) => {
      const term = instance.searchTerm;
      const count = (found as { results?: unknown[] } | undefined)?.results?.length ?? 0;
      const better = term.trim() && count === 0 ? suggest(term, await vocabulary) : undefined;
      box.replaceChildren();
      if (!better || instance.searchTerm !== term) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = better;
      button.addEventListener('click', () => {
        const field = input();
        if (field) field.value = better;
        instance.triggerSearchWithFilters(better, instance.searchFilters ?? {});
        field?.focus();
      });
      const p = document.createElement('p');
      p.className = 'did-you-mean';
      p.append('Did you mean ', button, '?');
      box.append(p);
    },
    box,
  );
}
