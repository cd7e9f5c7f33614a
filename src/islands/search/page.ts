// The /search/ page: full search with filters, its state kept in the address bar so a search can be
// shared and comes back on reload.
import { showDidYouMean } from './did-you-mean.ts';
import { loadEngine, type Filters } from './engine.ts';
import { showFilterPane } from './filter-pane.ts';
import { SearchView } from './search-view.ts';
import { showTopicHits } from './topic-hits.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const filterNames = (root.dataset.filters ?? '').split(',').filter(Boolean);
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  const filters: Filters = {};
  for (const name of filterNames) {
    const values = params.getAll(name);
    if (values.length) filters[name] = values;
  }
  const engine = loadEngine(root.dataset.bundle!, root.dataset.highlight!);
  const view = new SearchView(engine, 'Search, e.g. security or steeper learning curve');
  view.filters = filters;
  const hits = root.querySelector<HTMLElement>('.topic-hits')!;
  const didYouMean = root.querySelector<HTMLElement>('.did-you-mean-box')!;
  hits.before(view.field);
  didYouMean.after(view.status, view.list, view.more);
  view.on('search', () => {
    const url = new URL(location.href);
    url.search = '';
    if (view.term) url.searchParams.set('q', view.term);
    for (const [name, values] of Object.entries(view.filters)) for (const v of values) url.searchParams.append(name, v);
    history.replaceState(null, '', url);
  });
  void showTopicHits(hits, view, root.dataset.topics!);
  showDidYouMean(didYouMean, view, root.dataset.topics!, JSON.parse(root.dataset.names ?? '[]') as string[]);
  const pane = root.querySelector<HTMLElement>('.search-filters');
  if (pane) {
    // Closed until asked for: its counts need every filter's index, which a search without filters
    // never fetches (at 5,000 articles the topic filter alone outweighs an index chunk). A shared
    // address with filters opens it.
    const details = document.createElement('details');
    details.className = 'filter-pane';
    const summary = document.createElement('summary');
    summary.textContent = 'Filter by kind and topic';
    const box = document.createElement('div');
    details.append(summary, box);
    pane.append(details);
    let shown = false;
    details.addEventListener('toggle', () => {
      if (!details.open || shown) return;
      shown = true;
      box.setAttribute('aria-busy', 'true');
      void showFilterPane(box, engine, view, filterNames)
        .catch(() => undefined)
        .finally(() => box.removeAttribute('aria-busy'));
    });
    if (Object.keys(filters).length) details.open = true;
  }
  if (query || Object.keys(filters).length) void view.run(query, filters);
  root.dataset.ready = '';
}
