import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapFields } from '../../../src/ingest/steps/map-fields.ts';

test('dialect names map onto the schema, first alias wins', () => {
  const m = mapFields({ Meta_Title: 'T', headline: 'H', Authors: [{ name: 'Ann' }, 'Bob'], published_at: '2023-05-06T10:00:00Z', canonical_url: 'https://x.test/a', site_name: 'X' });
  assert.equal(m.title, 'T');
  assert.equal(m.author, 'Ann, Bob');
  assert.equal(m.date, '2023-05-06');
  assert.equal(m.url, 'https://x.test/a');
  assert.equal(m.site, 'X');
  assert.deepEqual(m.ignoredFields, ['headline']);
});

test('tags from every tag field, de-duplicated case-insensitively, first spelling kept', () => {
  const m = mapFields({ tags: ['Python', 'web'], categories: 'python, Backend', keywords: ['WEB'] });
  assert.deepEqual(m.tags, ['Python', 'web', 'Backend']);
});

test('layout fields are listed as ignored; YAML dates become ISO days; bad dates are dropped', () => {
  const m = mapFields({ layout: 'post', draft: true, date: new Date('2022-01-02T00:00:00Z') });
  assert.equal(m.date, '2022-01-02');
  assert.deepEqual(m.ignoredFields, ['draft', 'layout']);
  assert.equal(mapFields({ date: 'not a date' }).date, undefined);
});

test('empty input gives only the defaults', () => {
  assert.deepEqual(mapFields({}), { description: '', tags: [], ignoredFields: [], rejected: [] });
});

test('a source type comes from `type` or `source_type` only when it is one of the known kinds', () => {
  const vendor = mapFields({ type: 'Vendor' });
  assert.equal(vendor.sourceType, 'vendor');
  assert.ok(!vendor.ignoredFields.includes('type'));
  assert.equal(mapFields({ source_type: 'docs' }).sourceType, 'docs');
  // Hugo's layout switch is not a source type, and stays listed as ignored.
  const hugo = mapFields({ type: 'post' });
  assert.equal(hugo.sourceType, undefined);
  assert.ok(hugo.ignoredFields.includes('type'));
});
