// The search dialog, built on first use: Pagefind's UI, and above its results the topics the query
// names and "did you mean" for a query that finds nothing. Loaded by trigger.ts with import(), so
// none of this counts against a page's JavaScript before search is opened.
import { showDidYouMean } from './did-you-mean.ts';
import { loadSearchUi, searchInstance } from './load-ui.ts';
import { showTopicHits } from './topic-hits.ts';

export type SearchDialog = HTMLElement & { open?: () => void };

export async function createDialog(data: DOMStringMap, highlightParam: string): Promise<SearchDialog> {
  const bundle = data.bundle!;
  await loadSearchUi(bundle);
  // Results then carry ?highlight=…, so the page a reader lands on marks what they searched for.
  const config = document.createElement('pagefind-config');
  config.setAttribute('highlight-param', highlightParam);
  // Loaded by a script element, the UI cannot always tell where it came from: say where the index is.
  config.setAttribute('bundle-path', bundle);
  // The index is small: searching on the main thread saves fetching a 12 kB worker.
  config.setAttribute('no-worker', '');
  document.body.append(config);
  const modal: SearchDialog = document.createElement('pagefind-modal');
  modal.setAttribute('reset-on-close', 'false');
  // Pagefind's own dialog (search box, results, keyboard hints): a hand-built header got its close
  // button twice, as the dialog moves its children and each move sets the header up again.
  document.body.append(modal);
  await customElements.whenDefined('pagefind-modal');
  const hits = document.createElement('div');
  hits.className = 'topic-hits';
  const didYouMean = document.createElement('div');
  didYouMean.className = 'topic-hits';
  didYouMean.setAttribute('aria-live', 'polite');
  modal.querySelector('pagefind-modal-body')?.prepend(hits, didYouMean);
  const instance = searchInstance();
  if (instance) {
    void showTopicHits(hits, instance, data.topics!);
    showDidYouMean(didYouMean, instance, data.topics!, JSON.parse(data.names ?? '[]') as string[], () => modal.querySelector('pagefind-input input'));
  }
  return modal;
}
