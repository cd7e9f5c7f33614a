import { location } from 'vfile-location';
import { IngestError, warning } from '../problem.ts';
import type { Problem } from '../../schemas/problem.ts';
import type { ArticleData } from '../../schemas/article.ts';

type Repair = ArticleData['repairs'][number];

export interface Decoded {
  text: string;
  encoding: string;
  repairs: Repair[];
  problems: Problem[];
}

// Signatures of common binary formats someone might drop into the sources folder by mistake.
const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Control bytes other than tab, LF, FF and CR: rare in text, common in binaries. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

function rejectBinary(bytes: Uint8Array): void {
  for (const [name, sig] of MAGIC) {
    if (startsWith(bytes, sig)) {
      throw new IngestError(`This is a ${name}, not an article; nothing was imported. Remove it from the sources folder or convert it to text.`, 'decode');
    }
  }
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  // An ESC that opens an ANSI colour code ("ESC [") is pasted terminal text, removed whole below; counting
  // it made a short article with a few colour codes look binary.
  for (let i = 0; i < sample.length; i++) if (isControlByte(sample[i]!) && !(sample[i] === 0x1b && sample[i + 1] === 0x5b)) controls++;
  // Text with a stray NUL or escape code stays under this by far; binaries sit well above it.
  if (sample.length > 0 && controls / sample.length > 0.1) {
    throw new IngestError(
      `The file looks binary (${Math.round((100 * controls) / sample.length)}% control bytes in its first ${sample.length} bytes); nothing was imported. Save the article as UTF-8 text.`,
      'decode',
    );
  }
}

/**
 * Bytes to clean text: picks the encoding (BOM, then strict UTF-8, then Windows-1252), normalizes line endings,
 * and removes NUL, ANSI escape sequences and other control characters, saying what it did.
 */
export function decode(bytes: Uint8Array): Decoded {
  const repairs: Repair[] = [];
  const problems: Problem[] = [];
  let text: string;
  let encoding: string;

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    encoding = 'utf-8-bom';
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    rejectBinary(bytes);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      // Not valid UTF-8: the usual culprit is a page saved by an old Windows tool. Such pages have
      // neither control bytes nor the five bytes Windows-1252 leaves undefined; random data has both.
      const sample = bytes.subarray(0, 8192);
      let odd = 0;
      for (let i = 0; i < sample.length; i++) {
        const b = sample[i]!;
        if ((isControlByte(b) && !(b === 0x1b && sample[i + 1] === 0x5b)) || b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) odd++;
      }
      if (odd / Math.max(1, sample.length) > 0.02) {
        throw new IngestError(
          `The file is neither UTF-8 nor Windows-1252 text (${odd} control or undefined bytes in its first ${sample.length}); it looks binary, so nothing was imported. Save the article as UTF-8 text.`,
          'decode',
        );
      }
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'windows-1252';
      repairs.push({ kind: 'encoding', count: 1, detail: 'not valid UTF-8; decoded as Windows-1252' });
      problems.push(warning('The file is not valid UTF-8; decoded it as Windows-1252. Save it as UTF-8 to be sure every character is right.', 'decode'));
    }
  }

  const crlf = (text.match(/\r\n/g) ?? []).length;
  const loneCr = (text.match(/\r(?!\n)/g) ?? []).length;
  if (crlf + loneCr > 0) {
    text = text.replace(/\r\n?/g, '\n');
    repairs.push({ kind: 'line-endings', count: crlf + loneCr, detail: `${crlf} CRLF, ${loneCr} lone CR → LF` });
  }

  // ANSI escape sequences (terminal colours pasted into an article) go whole, not just their ESC byte.
  const controlPattern = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b\x0e-\x1f\x7f]/g;
  let first = -1;
  let removed = 0;
  text = text.replace(controlPattern, (match, offset: number) => {
    if (first < 0) first = offset;
    removed += match.length;
    return '';
  });
  if (removed > 0) {
    repairs.push({ kind: 'control-characters', count: removed, detail: 'NUL, escape sequences and other control characters removed' });
    const at = location(text).toPoint(first) ?? { line: 1, column: 1 };
    problems.push(warning(`Removed ${removed} control character(s) (NUL, ANSI escape codes or similar) that cannot be shown as text.`, 'decode', at.line, at.column));
  }
  // Form feeds and non-breaking-space-only lines are layout, not content.
  text = text.replace(/\f/g, '\n');

  return { text, encoding, repairs, problems };
}
