import type { ArticleData } from '../../schemas/article.ts';

type Repair = ArticleData['repairs'][number];

/**
 * Mojibake repair: text that was UTF-8, decoded once (or twice) as Windows-1252 or MacRoman.
 * The idea follows ftfy: find runs that could be mis-decoded bytes, re-encode them in the suspected
 * code page, and keep the result only where the bytes form valid UTF-8 sequences. There is no
 * maintained JavaScript library for this, hence our own.
 */

interface Codec {
  name: string;
  /** char → byte, built from the platform decoder so the tables are not hand-typed. */
  toByte: Map<string, number>;
}

function buildCodec(label: string): Codec {
  const decoder = new TextDecoder(label);
  const toByte = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch !== '\ufffd' && !toByte.has(ch)) toByte.set(ch, b);
  }
  return { name: label, toByte };
}

const CODECS: Codec[] = [buildCodec('windows-1252'), buildCodec('macintosh')];

/** Length of the UTF-8 sequence a lead byte announces, or 0 when it cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function isContinuation(b: number | undefined): boolean {
  return b !== undefined && b >= 0x80 && b <= 0xbf;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Repairs one run of non-ASCII characters with one codec; returns the new run and how many sequences changed. */
function repairRun(run: string, codec: Codec): { text: string; fixes: number } {
  const chars = [...run];
  const bytes = chars.map((c) => codec.toByte.get(c) ?? -1);
  let out = '';
  let fixes = 0;
  // Two-byte sequences that decode outside Latin (U+00A0-U+017F) are, one alone, far more often two real
  // characters than mojibake: "l’été" in MacRoman bytes is D5 8E, which decodes to Armenian "Վ", and
  // "Spaß“" in Windows-1252 is DF 93 (N'Ko). Such a fix only counts when the run has other fixes too, as a
  // mis-decoded Greek or Cyrillic word does ("Ð¿Ñ€Ð¸" → "при").
  let doubtful = 0;
  let i = 0;
  while (i < chars.length) {
    // MacRoman has no printable character for 0xF0, so copy-paste loses the lead byte of every
    // emoji (F0 9F xx xx): a bare 9F followed by two continuation bytes is such an emoji.
    if (bytes[i] === 0x9f && i + 3 <= chars.length && isContinuation(bytes[i + 1]) && isContinuation(bytes[i + 2])) {
      try {
        out += strictUtf8.decode(new Uint8Array([0xf0, 0x9f, bytes[i + 1]!, bytes[i + 2]!]));
        fixes++;
        i += 3;
        continue;
      } catch {
        // not an emoji after all
      }
    }
    const len = sequenceLength(bytes[i] ?? -1);
    if (len > 0 && i + len <= chars.length) {
      const seq = bytes.slice(i, i + len);
      if (seq.slice(1).every(isContinuation)) {
        try {
          const decoded = strictUtf8.decode(new Uint8Array(seq));
          const cp = decoded.codePointAt(0)!;
          if (len === 2 && (cp < 0xa0 || cp > 0x17f)) doubtful++;
          out += decoded;
          fixes++;
          i += len;
          continue;
        } catch {
          // overlong or surrogate: not mojibake, keep the characters
        }
      }
    }
    out += chars[i];
    i++;
  }
  if (doubtful === 1 && fixes === 1) return { text: run, fixes: 0 };
  return { text: out, fixes };
}

// Runs of characters above ASCII; mojibake never contains ASCII (UTF-8 multi-byte sequences are all >= 0x80).
const NON_ASCII_RUN = /[^\u0000-\u007f]{2,}/g;

export function repairMojibake(text: string): { text: string; repairs: Repair[] } {
  const examples: string[] = [];
  let total = 0;
  let current = text;
  // Double-encoded text needs a second pass; three passes bound the work.
  for (let pass = 0; pass < 3; pass++) {
    let changed = 0;
    current = current.replace(NON_ASCII_RUN, (run) => {
      let best = { text: run, fixes: 0 };
      for (const codec of CODECS) {
        const attempt = repairRun(run, codec);
        if (attempt.fixes > best.fixes) best = attempt;
      }
      if (best.fixes > 0) {
        changed += best.fixes;
        if (examples.length < 5) examples.push(`${run} → ${best.text}`);
      }
      return best.text;
    });
    total += changed;
    if (changed === 0) break;
  }
  const repairs: Repair[] = total > 0 ? [{ kind: 'mojibake', count: total, detail: examples.join('; ') }] : [];
  return { text: current, repairs };
}
