// On every page, and small: opens the search dialog on click or Ctrl/Cmd+K, loading the search code only
// then; and on a page reached from a search result, marks the searched words.
import type { SearchDialog } from './dialog.ts';

const HIGHLIGHT_PARAM = 'highlight';

class VersusSearch extends HTMLElement {
  private modal: Promise<SearchDialog> | undefined;

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
    const onPage = document.querySelector<HTMLInputElement>('[data-search-page] input[type=search]');
    if (onPage) {
      onPage.focus();
      return;
    }
    this.setAttribute('aria-busy', 'true');
    // One dialog, however fast the shortcut is pressed twice.
    this.modal ??= import('./dialog.ts').then((m) => m.createDialog(this.dataset, HIGHLIGHT_PARAM));
    const modal = await this.modal;
    this.removeAttribute('aria-busy');
    modal.openSearch();
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
