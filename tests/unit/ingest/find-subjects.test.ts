import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSubjects, nameKey } from '../../../src/ingest/find-subjects.ts';

test('the pair most titles compare wins, in any of the usual shapes and either order', () => {
  const found = findSubjects([
    'Kafka vs RabbitMQ: which message broker should you pick?',
    'Comparing RabbitMQ and Kafka for event streaming',
    'Kafka or RabbitMQ?',
    'The difference between Kafka and RabbitMQ',
    'Why we moved from Kafka vs Pulsar benchmarks to production',
  ]);
  assert.deepEqual(found.subjects?.map((s) => s.name).sort(), ['Kafka', 'RabbitMQ']);
  assert.equal(found.support, 4);
  assert.deepEqual(found.rivals, ['Pulsar']);
});

test('spellings of one name are one subject, with the bare form as an alias', () => {
  const found = findSubjects(['Koa.js vs Hapi', 'KoaJS vs Hapi: a comparison', 'Koa.js vs Hapi in 2024']);
  const koa = found.subjects?.find((s) => nameKey(s.name) === 'koa');
  assert.ok(koa, JSON.stringify(found));
  assert.equal(koa.name, 'Koa.js');
  assert.deepEqual(koa.aliases.sort(), ['Koa', 'KoaJS']);
  assert.equal(nameKey('Express.js'), nameKey('ExpressJS'));
  assert.equal(nameKey('Mongo DB'), nameKey('MongoDB'));
});

test('Title Case running past the name, generic words and lower-case phrases are not names', () => {
  const found = findSubjects(['Comparison Redis vs Memcached For Session Storage', 'Redis vs Memcached', 'how to find the best vs the rest']);
  assert.deepEqual(found.subjects?.map((s) => s.name).sort(), ['Memcached', 'Redis']);
  assert.equal(findSubjects(['A day at the beach', 'Nothing compared here']).subjects, undefined);
});
