// Results of earlier runs, so a source that has not changed is not ingested again: adding one article
// to a folder of 1,000 re-imported all of them (issue 14). An entry is found by a hash of everything
// the result depends on: the file's name and bytes, its sidecar, the comparison's subjects and
// taxonomy, and the code and libraries that ingest with (any change there misses every entry, so a
// new engine never serves old output). Editorial corrections are applied after the cache, on every run.
//
// The cache lives in node_modules/.cache/, like other build tools' caches: local to one checkout,
// never committed, and code in node_modules runs at build time anyway, so its entries are trusted as
// the code that wrote them was.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IngestContext } from './context.ts';
import { writeAtomic } from './output-folder.ts';
import type { IngestResult, SourceFile } from './pipeline.ts';

export interface IngestCache {
  /** Whether an entry exists (it may still be unreadable: `get` says). Cheap: no entry is read. */
  has(src: SourceFile): boolean;
  get(src: SourceFile): IngestResult | undefined;
  /** `json` is the result already serialized (as a worker sends it), written as it is. */
  put(src: SourceFile, result: IngestResult, json?: string): void;
}

const SRC = resolve(import.meta.dirname, '..');
const ROOT = resolve(SRC, '..');
/** The folders ingest's output depends on (src/analysis, site and pages do not touch it). */
const CODE = ['ingest', 'text', 'schemas', 'content'].map((d) => join(SRC, d));

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) filesUnder(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** A hash of ingest's code, its data files and the locked library versions. */
export function engineFingerprint(): string {
  const h = createHash('sha256');
  const files = [...CODE.flatMap((d) => filesUnder(d)), join(ROOT, 'package-lock.json')].filter((f) => existsSync(f));
  for (const f of files) h.update(f.slice(ROOT.length)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/** A cache in `dir` for runs with this context; `fingerprint` defaults to the running code's. */
export function openCache(dir: string, ctx: IngestContext, fingerprint = engineFingerprint()): IngestCache {
  const base = createHash('sha256')
    .update(fingerprint)
    .update('\0')
    .update(JSON.stringify({ subjects: ctx.subjects, topics: ctx.topics }))
    .digest();
  // A run asks has() and then get() of each source: its bytes are hashed once.
  const keys = new WeakMap<SourceFile, string>();
  const hashOf = (src: SourceFile) =>
    createHash('sha256')
      .update(base)
      .update(src.name)
      .update('\0')
      .update(src.bytes)
      .update('\0')
      .update(JSON.stringify(src.sidecar ?? null))
      .digest('hex');
  const keyOf = (src: SourceFile) => {
    let key = keys.get(src);
    if (key === undefined) keys.set(src, (key = hashOf(src)));
    return key;
  };
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    has(src) {
      return existsSync(pathOf(keyOf(src)));
    },
    get(src) {
      const path = pathOf(keyOf(src));
      if (!existsSync(path) || !statSync(path).isFile()) return undefined;
      try {
        const r = JSON.parse(readFileSync(path, 'utf8')) as IngestResult;
        // A damaged entry is a miss, not an error: the source is simply ingested again.
        return typeof r.id === 'string' && typeof r.mdx === 'string' && Array.isArray(r.claims) && Array.isArray(r.problems) && typeof r.data === 'object' ? r : undefined;
      } catch {
        return undefined;
      }
    },
    put(src, result, json) {
      const path = pathOf(keyOf(src));
      mkdirSync(join(path, '..'), { recursive: true });
      writeAtomic(path, json ?? JSON.stringify(result));
    },
  };
}

/** Where the CLI keeps its cache: $INGEST_CACHE_DIR, else node_modules/.cache/ of the project it runs from. */
export function defaultCacheDir(): string {
  return process.env.INGEST_CACHE_DIR || join(ROOT, 'node_modules', '.cache', 'versus-ingest');
}
