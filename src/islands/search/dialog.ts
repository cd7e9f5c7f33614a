// The search dialog, built on first use: a native modal <dialog> (the rest of the page is inert while it
// is open, Escape closes it) with our search box and results, and above the results the topics the query
// names and "did you mean" for a query that finds nothing. Loaded by trigger.ts with import(), so none of
// this counts against a page's JavaScript before search is opened.
import { showDidYouMean } from './did-you-mean.ts';
import { loadEngine } from './engine.ts';
import { SearchView } from './search-view.ts';
import { showTopicHits } from './topic-hits.ts';

export interface SearchDialog {
  element: HTMLDialogElement;
  /** Shows the dialog with the search box focused, and gives focus back to where it was on close. */
  openSearch(): void;
}

/** Tab and Shift+Tab wrap around inside the dialog instead of leaving for the browser's own controls. */
function trapFocus(dialog: HTMLDialogElement): void {
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const stops = [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0);
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  });
}

export function createDialog(data: DOMStringMap, highlightParam: string): SearchDialog {
  const view = new SearchView(loadEngine(data.bundle!, highlightParam), 'Search topics, articles, claims');
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-label', 'Search');
  const body = document.createElement('div');
  body.className = 'search-dialog-body';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'search-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  view.field.append(close);
  const hits = document.createElement('div');
  hits.className = 'topic-hits';
  const didYouMean = document.createElement('div');
  didYouMean.className = 'topic-hits';
  didYouMean.setAttribute('aria-live', 'polite');
  body.append(view.field, hits, didYouMean, view.status, view.list, view.more);
  dialog.append(body);
  // A click on the backdrop lands on the dialog itself (its body fills the box): it closes the dialog.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  trapFocus(dialog);
  // In a search field Chromium's Escape only clears the text: here it closes the dialog at once, and the
  // query is kept for when search is opened again.
  view.input.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    dialog.close();
  });
  document.body.append(dialog);
  void showTopicHits(hits, view, data.topics!);
  showDidYouMean(didYouMean, view, data.topics!, JSON.parse(data.names ?? '[]') as string[]);
  let opener: Element | null = null;
  dialog.addEventListener('close', () => (opener as HTMLElement | null)?.focus?.());
  const openSearch = () => {
    if (dialog.open) return;
    opener = document.activeElement;
    dialog.showModal();
    view.input.focus();
    view.input.select();
  };
  return { element: dialog, openSearch };
}
