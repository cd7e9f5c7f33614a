import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFacts } from '../../../src/ingest/claims/facts.ts';
import { featureFacts } from '../../../src/ingest/claims/features.ts';

// Sentences written for these tests (about Rails and Sinatra, a pair no rule names), not taken from
// any article: what comes built in and what comes by extensions, as key facts `built-in:<feature>`.
const facts = (s: string) => featureFacts(s).map((f) => `${f.key.replace('built-in:', '')}=${f.value}`);

test('"built-in <feature>": the feature named after it, known spellings made one', () => {
  assert.deepEqual(facts('Rails ships with a built-in ORM called Active Record.'), ['ORM=built in']);
  assert.deepEqual(facts('You also get a built-in admin dashboard.'), ['admin interface=built in']);
  assert.deepEqual(facts('Every project starts with a builtin development server.'), ['development server=built in']);
});

test('"built-in <category> like A, B and C": each listed feature, fillers and long descriptions left out', () => {
  assert.deepEqual(facts('Rails offers built-in features such as an ORM, database migrations, user login and much more.'), ['ORM=built in', 'migrations=built in', 'authentication=built in']);
  assert.deepEqual(facts('It has built-in protections, including defences against forged cross-site requests of every kind.'), []);
  // A nested example list names threats, not features.
  assert.deepEqual(facts('It has built-in security tools, like password hashing and protection against attacks such as XSS and CSRF.'), ['password hashing=built in']);
});

test('negation in front of "built-in": not built in, or the one extension named instead', () => {
  assert.deepEqual(facts('Sinatra lacks a built-in admin panel.'), ['admin interface=not built in']);
  assert.deepEqual(facts("Sinatra doesn't come with built-in functionality like templating or caching."), ['templating=not built in', 'caching=not built in']);
  assert.deepEqual(facts('Sinatra has no built-in session store; add Rack-Session for that.'), ['session store=via Rack-Session']);
});

test('extensions that add features: "via extensions"; named extensions are not features', () => {
  assert.deepEqual(facts('Community plugins add features like caching and rate limiting to Sinatra.'), ['caching=via extensions', 'rate limiting=via extensions']);
  assert.deepEqual(facts('Sinatra relies on extensions such as Sinatra-Contrib and Padrino.'), []);
});

test('prose about built-in things that names no feature gives no fact', () => {
  assert.deepEqual(facts('The many built-in features make it heavy for small jobs.'), []);
  assert.deepEqual(facts('A built-in approach to security is common today.'), []);
  assert.deepEqual(facts('Its built-in tools are a blessing and a curse.'), []);
  assert.deepEqual(facts('Sinatra is a well-known, lightweight library.'), []);
});

test('two subjects set against each other: each clause gives its own subject its facts', () => {
  const mentions = (t: string) => ['rails', 'sinatra'].filter((s) => t.toLowerCase().includes(s));
  const s = 'Rails includes a built-in mailer, while Sinatra has no built-in ORM.';
  assert.deepEqual(readFacts(s, mentions(s), 'rails', mentions), [
    { subject: 'rails', facts: [{ key: 'built-in:mailer', value: 'built in' }] },
    { subject: 'sinatra', facts: [{ key: 'built-in:ORM', value: 'not built in' }] },
  ]);
  // Both named in one clause with no turn between them: whose feature it is is not clear, so none.
  const both = 'Unlike Rails, Sinatra has no built-in mailer.';
  assert.deepEqual(readFacts(both, mentions(both), 'sinatra', mentions), []);
  // One subject: the owner gets them, as with every key fact.
  assert.deepEqual(readFacts('It comes with a built-in ORM.', [], 'rails', mentions), [{ subject: 'rails', facts: [{ key: 'built-in:ORM', value: 'built in' }] }]);
});

test('what extensions are "for" is a purpose, not a feature', () => {
  assert.deepEqual(facts('Its registry holds thousands of third-party packages for hard problems.'), []);
});

test('a list is read only within 300 characters of "built-in", so a huge sentence costs bounded work per match', () => {
  const far = `Sinatra has built-in tools${' '.repeat(300)}like caching.`;
  assert.deepEqual(facts(far), []);
  assert.deepEqual(facts(`Sinatra has built-in tools${' '.repeat(200)}like caching.`), ['caching=built in']);
  // 20,000 matches in one sentence still give their facts (and return: each reads a bounded slice).
  assert.deepEqual(facts(`${'built-in features like caching, '.repeat(20_000)}and more.`), ['caching=built in']);
});
