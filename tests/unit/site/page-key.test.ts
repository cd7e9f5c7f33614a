import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SiteData } from '../../../src/site/data.ts';
import { cacheKey, pageContext } from '../../../src/site/page-key.ts';

function site(sources: number, over: Partial<SiteData> = {}): SiteData {
  return {
    site: { title: 'A vs B', question: 'A or B?', description: 'd' },
    subjects: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    topics: [{ id: 'performance', label: 'Performance' }],
    sources: Array.from({ length: sources }, (_, i) => ({ id: `s${i}`, label: `Source ${i}` })),
    ...over,
  } as unknown as SiteData;
}
const key = (data: SiteData, own = 'digest-1') => cacheKey(pageContext(data), own);

test('an article page keeps its key when more articles join the site', () => {
  assert.equal(key(site(5)), key(site(6)));
  assert.equal(key(site(9)), key(site(1000)));
});

test('the key changes with the page itself and with everything the layout shows', () => {
  const base = key(site(20));
  assert.notEqual(key(site(20), 'digest-2'), base, 'the article changed');
  assert.notEqual(key(site(20, { site: { title: 'Other', question: 'A or B?', description: 'd' } } as Partial<SiteData>)), base, 'site title');
  assert.notEqual(key(site(20, { topics: [{ id: 'performance', label: 'Speed' }] } as Partial<SiteData>)), base, 'a topic label');
  assert.notEqual(
    key(
      site(20, {
        subjects: [
          { id: 'a', name: 'A2' },
          { id: 'b', name: 'B' },
        ],
      } as Partial<SiteData>),
    ),
    base,
    'a subject name',
  );
});
