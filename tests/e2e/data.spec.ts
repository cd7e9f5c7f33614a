import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const claims = JSON.parse(readFileSync('content/claims.json', 'utf8')) as Array<{ id: string; article: string; quote: string; anchor: string }>;

/** Text of an HTML fragment as a reader sees it (tags out, the few entities Astro writes decoded). */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

test('the published dataset holds every claim, and each quote is the text of its anchor on the built article page @subpath', async ({ request, baseURL }) => {
  const json = (await (await request.get('data/claims.json')).json()) as Array<Record<string, string>>;
  expect(json.length).toBe(claims.length);
  expect(Object.keys(json[0]!)).toEqual(['id', 'article', 'subject', 'topic', 'stance', 'kind', 'versus', 'quote', 'anchor', 'section', 'cue', 'curated', 'facts', 'url']);
  const pages = new Map<string, string>();
  for (const c of json) {
    expect(c.url!.startsWith(new URL(baseURL!).pathname), c.url).toBe(true);
    const path = c.url!.split('#')[0]!;
    if (!pages.has(path)) pages.set(path, await (await request.get(new URL(path, baseURL).href)).text());
    const html = pages.get(path)!;
    const open = `<span id="${c.anchor}" class="claim">`;
    const at = html.indexOf(open);
    expect(at, `${c.id}: #${c.anchor} on ${path}`).toBeGreaterThan(-1);
    const inner = html.slice(at + open.length, html.indexOf('</span>', at));
    expect(visible(inner), c.id).toBe((c.quote ?? '').replace(/\s+/g, ' '));
  }
});

test('claims.csv has a header and one row per claim; consensus.json has a record per compared topic', async ({ request }) => {
  const csv = await (await request.get('data/claims.csv')).text();
  expect(csv.split('\r\n')[0]).toBe('id,article,subject,topic,stance,kind,versus,quote,anchor,section,cue,curated,facts,url');
  // Rows are counted by their id column: quotes with line breaks would be quoted, not split.
  const ids = csv
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',')[0]);
  expect(ids).toEqual(claims.map((c) => c.id));
  const consensus = (await (await request.get('data/consensus.json')).json()) as {
    subjects: string[];
    topics: Array<{ topic: string; favoured: string | null; contested: boolean; thin: boolean; counts: Record<string, { for: number }> }>;
  };
  expect(consensus.topics.length).toBeGreaterThan(5);
  for (const t of consensus.topics) {
    for (const s of consensus.subjects) expect(typeof t.counts[s]!.for).toBe('number');
    if (t.favoured) expect(consensus.subjects).toContain(t.favoured);
  }
});
