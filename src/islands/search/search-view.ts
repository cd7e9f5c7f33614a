// A search box and its results, on Pagefind's API: used by the dialog (dialog.ts) and the /search/ page
// (page.ts), which place its parts. Results come five at a time ("Load more results"), so a first search
// fetches the fragments of five pages only; the count goes to a live region for screen readers; arrow
// keys move between the search box and the result links.
import type { Filters, Pagefind, SearchHit, SearchResponse } from './engine.ts';
import { LatestQuery } from './latest-query.ts';
import { renderResult } from './results.ts';

const PAGE_SIZE = 5;
/** Milliseconds of quiet typing before a query runs (latest-query.ts: prefixes typed fetch nothing). */
const DEBOUNCE = 150;

export interface Found {
  results: SearchHit[];
  filters: SearchResponse['filters'];
}
type Events = { search: (term: string) => void; results: (found: Found) => void };

let ids = 0;

export class SearchView {
  readonly field: HTMLDivElement;
  readonly input: HTMLInputElement;
  readonly status: HTMLParagraphElement;
  readonly list: HTMLOListElement;
  readonly more: HTMLButtonElement;
  term = '';
  filters: Filters = {};
  private hits: SearchHit[] = [];
  private shown = 0;
  private run_ = 0;
  private listeners: { [K in keyof Events]: Array<Events[K]> } = { search: [], results: [] };
  private readonly query: LatestQuery;

  constructor(engine: Promise<Pagefind>, placeholder: string) {
    this.query = new LatestQuery(engine, DEBOUNCE);
    const id = `search-input-${++ids}`;
    this.field = document.createElement('div');
    this.field.className = 'search-field';
    const label = document.createElement('label');
    label.className = 'sr-only';
    label.htmlFor = id;
    label.textContent = 'Search';
    this.input = document.createElement('input');
    this.input.type = 'search';
    this.input.id = id;
    this.input.placeholder = placeholder;
    this.input.autocomplete = 'off';
    this.input.spellcheck = false;
    this.field.append(label, this.input);
    this.status = document.createElement('p');
    this.status.className = 'search-status';
    this.status.setAttribute('role', 'status');
    this.list = document.createElement('ol');
    this.list.className = 'search-results';
    this.list.setAttribute('aria-label', 'Results');
    this.more = document.createElement('button');
    this.more.type = 'button';
    this.more.className = 'search-more';
    this.more.textContent = 'Load more results';
    this.more.hidden = true;

    this.input.addEventListener('input', () => void this.run(this.input.value, this.filters));
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') this.moveFocus(e, 0);
    });
    this.list.addEventListener('keydown', (e) => {
      const links = this.links();
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (at < 0) return;
      if (e.key === 'ArrowDown') this.moveFocus(e, Math.min(at + 1, links.length - 1));
      else if (e.key === 'ArrowUp') {
        if (at === 0) {
          e.preventDefault();
          this.input.focus();
        } else this.moveFocus(e, at - 1);
      }
    });
    this.more.addEventListener('click', () => {
      const first = this.shown;
      void this.showMore(this.run_).then(() => this.links()[this.linkIndexOfResult(first)]?.focus());
    });
    void engine.catch((e: Error) => this.say(e.message));
  }

  on<K extends keyof Events>(event: K, callback: Events[K]): void {
    this.listeners[event].push(callback);
  }

  /** Runs a search as if typed, with these filters. */
  async run(term: string, filters: Filters): Promise<void> {
    if (this.input.value !== term) this.input.value = term;
    this.term = term;
    this.filters = filters;
    const run = ++this.run_;
    for (const f of this.listeners.search) f(term);
    const query = term.trim();
    if (!query && !Object.values(filters).some((v) => v.length)) {
      this.query.cancel();
      this.show(run, [], {});
      this.say('');
      return;
    }
    let response: SearchResponse | null;
    try {
      response = await this.query.run(query || null, filters);
    } catch (e) {
      if (run === this.run_) this.say(e instanceof Error ? e.message : String(e));
      return;
    }
    if (!response || run !== this.run_) return;
    await this.show(run, response.results, response.filters);
    if (run !== this.run_) return;
    const n = response.results.length;
    const count = n === 0 ? 'No results' : `${n} result${n === 1 ? '' : 's'}`;
    this.say(query ? `${count} for ${query}` : count);
  }

  private async show(run: number, hits: SearchHit[], filters: SearchResponse['filters']): Promise<void> {
    this.hits = hits;
    this.shown = 0;
    const first = await this.loadPage(run);
    if (run !== this.run_ || !first) return;
    // A reader who moved into the old results keeps the keyboard in the search box, not on the page body.
    const hadFocus = this.list.contains(document.activeElement);
    this.list.replaceChildren(...first);
    if (hadFocus) this.input.focus();
    this.more.hidden = this.shown >= this.hits.length;
    for (const f of this.listeners.results) f({ results: hits, filters });
  }

  private async showMore(run: number): Promise<void> {
    const items = await this.loadPage(run);
    if (run !== this.run_ || !items) return;
    this.list.append(...items);
    this.more.hidden = this.shown >= this.hits.length;
  }

  /** The next results' data (each a fragment file), rendered; undefined if a newer search started. */
  private async loadPage(run: number): Promise<HTMLLIElement[] | undefined> {
    const next = this.hits.slice(this.shown, this.shown + PAGE_SIZE);
    const data = await Promise.all(next.map((h) => h.data()));
    if (run !== this.run_) return undefined;
    this.shown += next.length;
    return data.map(renderResult);
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll('a')];
  }

  private linkIndexOfResult(result: number): number {
    const target = this.list.children[result]?.querySelector('a');
    return target ? this.links().indexOf(target) : -1;
  }

  private moveFocus(e: KeyboardEvent, index: number): void {
    const link = this.links()[index];
    if (!link) return;
    e.preventDefault();
    link.focus();
  }

  private say(text: string): void {
    this.status.textContent = text;
  }
}
