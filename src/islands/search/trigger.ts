// On every page, and small: opens the search dialog on click or Ctrl/Cmd+K, loading the search code only
// then; and on a page reached from a search result, marks the searched words.
import { loadSearchUi, searchInstance } from './load-ui.ts';
import { showTopicHits } from './topic-hits.ts';

const HIGHLIGHT_PARAM = 'highlight';

class VersusSearch extends HTMLElement {
  private modal: (HTMLElement & { open?: () => void }) | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button')!;
    button.addEventListener('click', () => void this.open());
    document.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k' && !e.altKey) {
        e.preventDefault();
        void this.open();
      }
    });
    if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void this.highlight();
  }

  private async open(): Promise<void> {
    // The /search/ page has its own search box: the shortcut goes there instead of a dialog.
    const onPage = document.querySelector<HTMLInputElement>('pagefind-input input');
    if (onPage) {
      onPage.focus();
      return;
    }
    const bundle = this.dataset.bundle!;
    this.setAttribute('aria-busy', 'true');
    await loadSearchUi(bundle);
    if (!this.modal) {
      // Results then carry ?highlight=…, so the page a reader lands on marks what they searched for.
      const config = document.createElement('pagefind-config');
      config.setAttribute('highlight-param', HIGHLIGHT_PARAM);
      // Loaded by a script element, the UI cannot always tell where it came from: say where the index is.
      config.setAttribute('bundle-path', bundle);
      // The index is small: searching on the main thread saves fetching a 12 kB worker.
      config.setAttribute('no-worker', '');
      document.body.append(config);
      this.modal = document.createElement('pagefind-modal');
      this.modal.setAttribute('reset-on-close', 'false');
      // The default dialog, plus a line for topics the query names by a synonym.
      const header = document.createElement('pagefind-modal-header');
      header.append(document.createElement('pagefind-input'));
      const body = document.createElement('pagefind-modal-body');
      const hits = document.createElement('div');
      hits.className = 'topic-hits';
      body.append(hits, document.createElement('pagefind-summary'), document.createElement('pagefind-results'));
      const footer = document.createElement('pagefind-modal-footer');
      footer.append(document.createElement('pagefind-keyboard-hints'));
      this.modal.append(header, body, footer);
      document.body.append(this.modal);
      await customElements.whenDefined('pagefind-modal');
      const instance = searchInstance();
      if (instance) void showTopicHits(hits, instance, this.dataset.topics!);
    }
    this.removeAttribute('aria-busy');
    this.modal.open?.();
  }

  private async highlight(): Promise<void> {
    const url = `${this.dataset.bundle}pagefind-highlight.js`;
    await import(/* @vite-ignore */ url);
    const Highlight = (window as unknown as { PagefindHighlight: new (o: object) => unknown }).PagefindHighlight;
    // Styles come from our stylesheet: an injected <style> would break the Content-Security-Policy.
    new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  }
}

if (!customElements.get('versus-search')) customElements.define('versus-search', VersusSearch);
