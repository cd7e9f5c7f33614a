// The /search/ page's filters: a group of checkboxes per filter the index has (SearchFilters.astro files
// each page by kind and topic), each value with how many of the current results carry it.
import type { Filters, Pagefind } from './engine.ts';
import type { SearchView } from './search-view.ts';

const LEGENDS: Record<string, string> = { kind: 'Kind', topic: 'Topic' };

export async function showFilterPane(box: HTMLElement, engine: Promise<Pagefind>, view: SearchView, names: string[]): Promise<void> {
  const available = await (await engine).filters();
  const counts = new Map<string, HTMLSpanElement>();
  const boxes: HTMLInputElement[] = [];
  const chosen = (): Filters => {
    const out: Filters = {};
    for (const b of boxes) if (b.checked) (out[b.name] ??= []).push(b.value);
    return out;
  };
  for (const name of names) {
    const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b));
    if (!values.length) continue;
    const set = document.createElement('fieldset');
    set.className = 'filter-group';
    const legend = document.createElement('legend');
    legend.textContent = LEGENDS[name] ?? name;
    set.append(legend);
    for (const value of values) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = name;
      input.value = value;
      input.checked = view.filters[name]?.includes(value) ?? false;
      input.addEventListener('change', () => void view.run(view.term, chosen()));
      boxes.push(input);
      const count = document.createElement('span');
      count.className = 'filter-count';
      count.textContent = String(available[name]![value]);
      counts.set(`${name}:${value}`, count);
      label.append(input, ` ${value} `, count);
      set.append(label);
    }
    box.append(set);
  }
  // With a query, each value shows how many of its results it would keep; without one, the whole index.
  view.on('results', (found) => {
    for (const [key, span] of counts) {
      const [name, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      const n = view.term.trim() ? (found.filters[name]?.[value] ?? 0) : (available[name]?.[value] ?? 0);
      span.textContent = String(n);
    }
  });
}
