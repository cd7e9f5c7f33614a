// Loads Pagefind's Component UI (about 40 kB gzipped) on first use only. It is a classic script that
// finds its index next to itself (document.currentScript), so a base-aware src is all it needs.

export interface PagefindInstance {
  applyOptions(options: Record<string, unknown>): void;
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search' | 'filters' | 'results', callback: (...args: unknown[]) => void, owner?: unknown): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

let loading: Promise<void> | undefined;

export function loadSearchUi(bundle: string): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${bundle}pagefind-component-ui.css`;
    document.head.append(css);
    const script = document.createElement('script');
    script.src = `${bundle}pagefind-component-ui.js`;
    script.onload = () => {
      // A topic page is long and a claim is one sentence: with Pagefind's default length penalty, claims
      // outrank the topic page for the topic's own name. A light penalty keeps the topic page first.
      searchInstance()?.applyOptions({ ranking: { pageLength: 0.1 } });
      resolve();
    };
    script.onerror = () => reject(new Error('The search index could not be loaded. Build the site with `npm run build` (search exists only after a build).'));
    document.head.append(script);
  });
  return loading;
}

export function searchInstance(): PagefindInstance | undefined {
  return window.PagefindComponents?.getInstanceManager().getInstance('default');
}
