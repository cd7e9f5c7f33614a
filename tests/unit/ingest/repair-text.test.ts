import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairMojibake } from '../../../src/ingest/steps/repair-text.ts';

const fix = (s: string) => repairMojibake(s).text;

test('UTF-8 read as Windows-1252 is repaired', () => {
  assert.equal(fix('Itâ€™s a cafÃ©'), 'It’s a café');
  assert.equal(fix('â€œquotedâ€\u009d'), '“quoted”');
});

test('UTF-8 read as MacRoman is repaired, emoji that lost their F0 lead byte included', () => {
  // 🙂 is F0 9F 99 82; MacRoman shows 9F 99 82 as "üôÇ". ❤️ is E2 9D A4 EF B8 8F: "‚ù§Ô∏è".
  assert.equal(fix('üôÇ‚ù§Ô∏è'), '🙂❤️');
});

test('double encoding is undone in a second pass', () => {
  assert.equal(fix('Ã¢â‚¬â„¢'), '’');
});

test('repairs are listed with a count and examples', () => {
  const r = repairMojibake('Itâ€™s and itâ€™s');
  assert.deepEqual(r.repairs, [{ kind: 'mojibake', count: 2, detail: 'â€™ → ’; â€™ → ’' }]);
  assert.deepEqual(repairMojibake('plain').repairs, []);
});

test('a mis-decoded Cyrillic word is repaired', () => {
  assert.equal(fix('Ð¿Ñ€Ð¸Ð²ÐµÑ‚'), 'привет');
});

test('real text that merely looks like code-page bytes is left alone', () => {
  // ’é is D5 8E in MacRoman (Armenian Վ as UTF-8); ß“ is DF 93 in Windows-1252 (N'Ko); «Ç is C7 82 (ǂ).
  for (const s of ['l’été', 'He said “été”', 'Der „Spaß“', '«Ça va»', 'naïve café', 'Zürich – Genève', '🙂 ❤️']) assert.equal(fix(s), s);
});
