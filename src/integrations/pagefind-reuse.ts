// The last search index's page fragments reused where their page is unchanged. Pagefind compresses every
// file it writes at gzip's best level, and does not write a content-named file that already exists in
// its output folder. Written into an empty folder, the 1,000 fragments (one per page) of a
// 1,000-article site took about 0.35 s of every rebuild (1.6 s of writing instead of 1.25 s). The word
// index chunks are not reused: a new article changes nearly every one of them.
//
// Writing over the last index as it is would trust every file in it, and Pagefind names a file by the
// first 7 hex digits of its digest (a longer prefix only within one build, on a collision): a stale file
// whose name a new page's digest happens to share would be served for that page. So the new index is
// written into an empty folder, given beforehand (as hard links) only the fragments of pages whose copy
// (search-pages.ts) is the very file Pagefind read for the last index, according to a ledger written
// once that index was complete. Such a page is in this build with the same fragment, so any other page
// whose fragment shares the name's prefix collides with it within the build, and one of the two gets a
// longer name: `settleFragments` looks for exactly that, and for anything else it cannot account for,
// and then asks for a fresh write. A mistake here costs time, never a wrong result.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import { pageFile } from './built-pages.ts';
import { INDEX_OPTIONS } from './pagefind-run.ts';

const LEDGER = 'fragments.json';
// What Pagefind puts before the data of every compressed file.
const MAGIC = 'pagefind_dcd';
const DIR = 'fragment';
const EXT = '.pf_fragment';
/** The options of every index, as the ledger records them. */
const OPTIONS = JSON.stringify(INDEX_OPTIONS);

/**
 * One fragment, by name: its file's stamp (inode and size, which a hard link and a rename keep), the
 * page it is for (relative path), and that page's copy's stamp.
 */
type Entry = { file: string; page: string; copy: string };
/** `version`: Pagefind's; `options`: those the index was made with (pagefind-run.ts), as JSON. */
type Ledger = { version: string; options: string; fragments: Record<string, Entry> };

const copyStamp = (path: string) => {
  const s = statSync(path);
  return `${s.ino}:${s.size}:${s.mtimeMs}`;
};
const fileStamp = (path: string) => {
  const s = statSync(path);
  return `${s.ino}:${s.size}`;
};

function readLedger(copies: string): Ledger | undefined {
  try {
    const ledger = JSON.parse(readFileSync(join(copies, LEDGER), 'utf8')) as Ledger;
    return typeof ledger.version === 'string' && typeof ledger.options === 'string' && typeof ledger.fragments === 'object' ? ledger : undefined;
  } catch {
    return undefined;
  }
}

/** Pairs of names where the second extends the first; sorted neighbours suffice, as whatever lies between shares the prefix. */
function prefixPairs(names: Iterable<string>): Array<[string, string]> {
  const sorted = [...names].sort();
  const pairs: Array<[string, string]> = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.startsWith(sorted[i - 1]!)) pairs.push([sorted[i - 1]!, sorted[i]!]);
  return pairs;
}

const fragmentFile = (folder: string, name: string) => join(folder, DIR, `${name}${EXT}`);

/**
 * Before Pagefind writes into the empty `folder`: hard-links into it, from the last index in `old`, the
 * fragments the ledger in `copies` vouches for (see above), if that index was made with the same
 * `options`. Returns their names; none if the folder cannot be made.
 */
export function seedFragments(old: string, folder: string, copies: string, options = OPTIONS): Set<string> {
  const seeded = new Set<string>();
  const ledger = readLedger(copies);
  if (ledger?.options !== options) return seeded;
  const risky = new Set(prefixPairs(Object.keys(ledger.fragments)).flat());
  try {
    mkdirSync(join(folder, DIR), { recursive: true });
  } catch {
    return seeded;
  }
  for (const [name, entry] of Object.entries(ledger.fragments)) {
    if (risky.has(name)) continue;
    try {
      if (fileStamp(fragmentFile(old, name)) !== entry.file || copyStamp(join(copies, entry.page)) !== entry.copy) continue;
      linkSync(fragmentFile(old, name), fragmentFile(folder, name));
      seeded.add(name);
    } catch {
      // The copy or the old fragment is gone: Pagefind writes the page's fragment.
    }
  }
  return seeded;
}

const unpack = (path: string) => {
  const data = gunzipSync(readFileSync(path));
  if (data.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error(`${path} does not start as Pagefind's files do`);
  return data.subarray(MAGIC.length);
};

/** Every text string in a decoded CBOR value. */
function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value instanceof Map)
    for (const [k, v] of value) {
      strings(k, out);
      strings(v, out);
    }
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Pagefind's version and every string its index's metadata holds (among them each page's fragment name). */
function readMeta(folder: string): { version: string; names: Set<string> } {
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
  const names = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) strings(decode(unpack(join(folder, `pagefind.${hash}.pf_meta`))), names);
  return { version: entry.version, names };
}

/**
 * After Pagefind wrote into `folder`, given `seeded` beforehand: removes seeded fragments the new index
 * does not use and records every fragment it uses in the ledger in `copies`. Returns why the index must
 * be written again into an empty folder, if it must: a seeded fragment whose name another's extends (a
 * collision), another Pagefind version, a fragment the metadata does not name.
 */
export function settleFragments(folder: string, copies: string, seeded: ReadonlySet<string>, options = OPTIONS): string | undefined {
  const before = readLedger(copies);
  rmSync(join(copies, LEDGER), { force: true });
  const { version, names } = readMeta(folder);
  if (seeded.size && before?.version !== version) return `Pagefind is now ${version}; the last index was made by ${before?.version}`;
  const files = existsSync(join(folder, DIR))
    ? readdirSync(join(folder, DIR))
        .filter((f) => f.endsWith(EXT))
        .map((f) => f.slice(0, -EXT.length))
    : [];
  const used = files.filter((f) => names.has(f));
  for (const f of files) {
    if (names.has(f)) continue;
    if (!seeded.has(f)) return `its fragment ${f} is not named in its metadata`;
    rmSync(fragmentFile(folder, f));
  }
  const clash = prefixPairs(used).find(([a, b]) => seeded.has(a) || seeded.has(b));
  if (clash) return `two fragments' names share a prefix (${clash[0]}, ${clash[1]}) where one was reused`;
  const fragments: Record<string, Entry> = {};
  for (const name of used) {
    const file = fragmentFile(folder, name);
    const page = seeded.has(name) ? before?.fragments[name]?.page : pageOf(JSON.parse(unpack(file).toString('utf8')) as { url?: unknown });
    if (page === undefined || !existsSync(join(copies, page))) continue;
    fragments[name] = { file: fileStamp(file), page, copy: copyStamp(join(copies, page)) };
  }
  writeFileSync(join(copies, LEDGER), JSON.stringify({ version, options, fragments } satisfies Ledger));
  return undefined;
}

/** The copy a fragment was made from, by its URL (Pagefind's, relative to the folder it read). */
function pageOf(fragment: { url?: unknown }): string | undefined {
  if (typeof fragment.url !== 'string' || !fragment.url.startsWith('/')) return undefined;
  try {
    return pageFile(decodeURI(fragment.url));
  } catch {
    return undefined;
  }
}

/**
 * Writes the index into `folder` (by `write`, which Pagefind may be asked to do twice) over the fragments
 * `seeded` there, and settles them: if the result cannot be vouched for, the index is written again into
 * an empty folder. Returns how many fragments were kept from the last index.
 */
export async function writeReusing(write: () => Promise<void>, folder: string, copies: string, seeded: ReadonlySet<string>, log: (line: string) => void): Promise<number> {
  await write();
  // What cannot be read (the metadata, say) is a reason like any other, never a failed build.
  const settle = (kept: ReadonlySet<string>) => {
    try {
      return settleFragments(folder, copies, kept);
    } catch (e) {
      return (e as Error).message;
    }
  };
  let why = settle(seeded);
  if (why === undefined) return seeded.size;
  if (seeded.size) {
    log(`Pagefind's index is written again without the last one's fragments: ${why}.`);
    rmSync(folder, { recursive: true, force: true });
    await write();
    why = settle(new Set());
  }
  // Nothing was reused, so the index is as Pagefind wrote it; only the next build reuses nothing.
  if (why !== undefined) log(`Pagefind's fragments are not recorded for the next build: ${why}.`);
  return 0;
}
