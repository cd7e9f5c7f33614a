// Runs the query a reader settled on, and no other. Pagefind's own debouncedSearch fetches the index
// chunk of every prefix typed ("s", "se", …) before it knows which query will run: a first "security"
// could cost two chunks of the index instead of one, depending on typing speed (issue 14). Here a query
// waits for a quiet moment, and one superseded meanwhile never reaches the engine.
import type { Filters, SearchResponse } from './engine.ts';

export interface Searcher {
  search(term: string | null, options: { filters: Filters }): Promise<SearchResponse>;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((done) => setTimeout(done, Math.max(0, ms))),
};

export class LatestQuery {
  private latest = 0;
  private readonly engine: Promise<Searcher>;
  private readonly quiet: number;
  private readonly clock: Clock;

  /** `quiet`: milliseconds without a newer query before one runs. */
  constructor(engine: Promise<Searcher>, quiet: number, clock: Clock = realClock) {
    this.engine = engine;
    this.quiet = quiet;
    this.clock = clock;
  }

  /**
   * The engine's response, or null if a newer query was asked for before this one ran or finished.
   * Time spent waiting for the engine to load counts as quiet: a word typed while it loads runs at once.
   * A null term searches by filters alone. Errors of the engine (loading or searching) are thrown.
   */
  async run(term: string | null, filters: Filters): Promise<SearchResponse | null> {
    const id = ++this.latest;
    const asked = this.clock.now();
    const engine = await this.engine;
    if (id !== this.latest) return null;
    const waited = this.clock.now() - asked;
    if (waited < this.quiet) await this.clock.sleep(this.quiet - waited);
    if (id !== this.latest) return null;
    const response = await engine.search(term, { filters });
    return id === this.latest ? response : null;
  }

  /** Drops any query not yet answered (the search box was emptied): it will resolve to null. */
  cancel(): void {
    this.latest++;
  }
}
