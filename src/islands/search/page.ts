// The /search/ page: full search with filters, its state kept in the address bar so a search can be
// shared and comes back on reload.
import { loadSearchUi, searchInstance } from './load-ui.ts';
import { showDidYouMean } from './did-you-mean.ts';
import { showTopicHits } from './topic-hits.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const filterNames = (root.dataset.filters ?? '').split(',').filter(Boolean);
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = params.getAll(name);
    if (values.length) filters[name] = values;
  }
  await loadSearchUi(root.dataset.bundle!);
  await customElements.whenDefined('pagefind-input');
  const instance = searchInstance();
  if (instance) {
    const sync = () => {
      const url = new URL(location.href);
      url.search = '';
      if (instance.searchTerm) url.searchParams.set('q', instance.searchTerm);
      for (const [name, values] of Object.entries(instance.searchFilters ?? {})) for (const v of values) url.searchParams.append(name, v);
      history.replaceState(null, '', url);
    };
    instance.on('search', sync);
    const hits = root.querySelector<HTMLElement>('.topic-hits');
    if (hits) void showTopicHits(hits, instance, root.dataset.topics!);
    const didYouMean = root.querySelector<HTMLElement>('.did-you-mean-box');
    if (didYouMean) showDidYouMean(didYouMean, instance, root.dataset.topics!, JSON.parse(root.dataset.names ?? '[]') as string[], () => root.querySelector('pagefind-input input'));
    instance.on('filters', sync);
    if (query || Object.keys(filters).length) {
      const input = root.querySelector<HTMLInputElement>('pagefind-input input');
      if (input) input.value = query;
      instance.triggerSearchWithFilters(query, filters);
    }
  }
  root.dataset.ready = '';
}
