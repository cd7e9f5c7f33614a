import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('no code names a subject: another comparison is another content/ folder', () => {
  const subjects = parse(readFileSync('content/subjects.yaml', 'utf8')) as Array<{ name: string; aliases?: string[] }>;
  const names = subjects.flatMap((s) => [s.name, ...(s.aliases ?? [])]);
  const pattern = new RegExp(`\\b(${names.join('|')})\\b`, 'i');
  const code = [...files('src'), ...files('scripts'), 'astro.config.mjs'].filter((f) => /\.(ts|mjs|js|astro|css)$/.test(f));
  assert.ok(code.length > 20);
  const offenders = code.filter((f) => pattern.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});
