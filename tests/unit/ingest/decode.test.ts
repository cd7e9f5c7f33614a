import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IngestError } from '../../../src/ingest/problem.ts';
import { decode } from '../../../src/ingest/steps/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

test('plain UTF-8 passes through untouched', () => {
  const d = decode(utf8('Héllo “x”\n'));
  assert.equal(d.text, 'Héllo “x”\n');
  assert.equal(d.encoding, 'utf-8');
  assert.deepEqual(d.repairs, []);
  assert.deepEqual(d.problems, []);
});

test('a UTF-8 BOM is dropped and CRLF becomes LF', () => {
  const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\r\nb\r\n')]));
  assert.equal(d.text, 'a\nb\n');
  assert.equal(d.encoding, 'utf-8-bom');
  assert.deepEqual(d.repairs, [{ kind: 'line-endings', count: 2, detail: '2 CRLF, 0 lone CR → LF' }]);
});

test('UTF-16LE with BOM decodes, surrogate pairs included', () => {
  // "A🙂" = 0041, D83D DE42
  const d = decode(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x3d, 0xd8, 0x42, 0xde]));
  assert.equal(d.text, 'A🙂');
  assert.equal(d.encoding, 'utf-16le');
});

test('invalid UTF-8 falls back to Windows-1252 with a warning', () => {
  const d = decode(new Uint8Array([0x49, 0x74, 0x92, 0x73, 0x20, 0x93, 0x78, 0x94]));
  assert.equal(d.text, 'It’s “x”');
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.problems.length, 1);
  assert.equal(d.problems[0]!.rule, 'decode');
  assert.match(d.problems[0]!.reason, /not valid UTF-8; decoded it as Windows-1252/);
});

test('lone CR line endings become LF', () => {
  const d = decode(utf8('a\rb\r\nc\r'));
  assert.equal(d.text, 'a\nb\nc\n');
  assert.equal(d.repairs[0]!.detail, '1 CRLF, 2 lone CR → LF');
});

test('NUL and whole ANSI escape sequences are removed, located at the first one', () => {
  const d = decode(utf8('line one\nab\u0000c \u001b[1;31mred\u001b[0m\n'));
  assert.equal(d.text, 'line one\nabc red\n');
  assert.equal(d.repairs[0]!.count, 1 + 7 + 4);
  assert.deepEqual([d.problems[0]!.line, d.problems[0]!.column], [2, 3]);
});

test('binaries are rejected with a reason, not imported as garbage', () => {
  assert.throws(
    () => decode(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])),
    (e: unknown) => e instanceof IngestError && /PDF document/.test(e.message) && e.problem.rule === 'decode',
  );
  assert.throws(
    () => decode(new Uint8Array(100)),
    (e: unknown) => e instanceof IngestError && /looks binary \(100% control bytes/.test(e.message),
  );
});

test('a single stray NUL in a long text is not mistaken for a binary', () => {
  const d = decode(utf8(`${'word '.repeat(50)}\u0000end`));
  assert.ok(d.text.endsWith('word end'));
});

test('random bytes that are not UTF-8 are rejected as binary, not imported as Windows-1252 gibberish', () => {
  // A fixed pseudo-random sequence (xorshift), so the test is the same on every run.
  // Most control bytes are lifted out of the control range, so the general "too many control bytes"
  // rule (10%) does not fire; what gives the data away is bytes no Windows-1252 text contains.
  let x = 2463534242;
  const bytes = new Uint8Array(400).map((_, i) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const b = (x >>> 0) & 0xff;
    return b < 0x20 && i % 4 !== 0 ? b | 0x80 : b;
  });
  assert.throws(
    () => decode(bytes),
    (e: unknown) => e instanceof IngestError && /looks binary/.test(e.message) && e.problem.rule === 'decode',
  );
});
